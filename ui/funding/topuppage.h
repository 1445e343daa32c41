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

// Top up: choose a method (fee, processing time, promotion), type an amount (parsed exactly in the user's locale,
// with the error beside the field), see a live quote, enter a card when the method needs one, and confirm.
class TopUpPage : public QWidget
{
    Q_OBJECT

public:
    explicit TopUpPage(FundingService *funding, QWidget *parent = nullptr);
    void reload();

signals:
    void toppedUp();  // the balance tab should sync

private:
    void showMethods(const QList<FundingMethod> &methods);
    void amountChanged();
    void askQuote();
    void submit();
    void clearCard();
    const FundingMethod *selectedMethod() const;

    FundingService *m_funding;
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
    QPushButton *m_submit;
    QLabel *m_result;
    QTimer m_debounce;
    quint64 m_quoteRequest = 0;
    std::optional<FundingQuote> m_currentQuote;
};

} // namespace okpay
