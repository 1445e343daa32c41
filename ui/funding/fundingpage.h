#pragma once
#include "services/fundingservice.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace okpay {

class PayoutDestinationPicker;

// Top up or withdraw: choose a method (fee, processing time, promotion), type an amount (parsed exactly in the
// user's locale, with the error beside the field), see a live quote, then a card (top-up) or a saved destination and
// the 2FA code (withdrawal), and confirm with a countdown. An amount over the account's verification limits turns
// the button into "Raise my limit…", which explains the limit and leads to the identity documents.
class FundingPage : public QWidget
{
    Q_OBJECT

public:
    enum class Direction { TopUp, Withdraw };
    FundingPage(Direction direction, FundingService *funding, bool secondFactorOn, QWidget *parent = nullptr);
    void reload();

signals:
    void moneyMoved();  // the balance tab should sync
    void articleRequested(const QString &articleId);  // a help article, from "Learn more" in a dialog

private:
    void describeMethods();
    void showMethods(const QList<FundingMethod> &methods);
    void amountChanged();
    void askQuote();
    void submit();
    void clearCard();
    void finished(const QString &message);
    void showDestinations();
    void quoteFailed(const QString &message, const QString &code);
    void moneyFailed(const QString &message, const QString &code);
    void showLimits(const std::optional<Money> &attempted);
    void setKycLimited(bool limited);
    std::optional<Money> enteredAmount() const;
    const FundingMethod *selectedMethod() const;

    Direction m_direction;
    FundingService *m_funding;
    PayoutDestinationPicker *m_destination;
    QLineEdit *m_totp;
    QList<FundingMethod> m_methods;
    QListWidget *m_methodList;
    QComboBox *m_currency;
    QLineEdit *m_amount;
    QLabel *m_amountError;
    QLabel *m_quote;
    QGroupBox *m_card;
    QLineEdit *m_cardNumber;
    QSpinBox *m_expiryMonth;
    QSpinBox *m_expiryYear;
    QLineEdit *m_cvv;
    QGroupBox *m_payout;
    QPushButton *m_submit;
    QPushButton *m_limits;
    QLabel *m_result;
    bool m_kycLimited = false;  // the quote was refused for the verification limits: Submit explains them
    QTimer m_debounce;
    quint64 m_quoteRequest = 0;
    std::optional<FundingQuote> m_currentQuote;
};

} // namespace okpay
