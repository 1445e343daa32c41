#pragma once
#include "services/fundingservice.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace okpay {

class FieldErrorLabel;

// "Add a payout destination": the fields of one kind (bank account, card or e-wallet) in the page's currency.
// Checked here first (a card number must pass the Luhn check, so a mistyped one is never sent); the server's
// validation errors land under the field they name. The card number lives only in its field and the one request.
class PayoutDestinationDialog : public QDialog
{
    Q_OBJECT

public:
    PayoutDestinationDialog(FundingService *funding, const QString &kind, const QString &currency, bool secondFactorOn,
                            QWidget *parent = nullptr);
    ~PayoutDestinationDialog() override;

signals:
    void saved(const okpay::PayoutDestination &destination);

private:
    QLineEdit *addLine(const QString &field, const QString &objectName, const QString &label, int maxLength);
    void addError(const QString &field, const QString &objectName);
    void showBrand();
    bool checkFields();
    void save();
    void failed(const QString &message, const QString &code, const QString &field);
    void clearErrors();
    QString defaultLabel() const;

    FundingService *m_funding;
    QString m_kind;
    QString m_currency;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_lines;         // by API field name
    QHash<QString, FieldErrorLabel *> m_errors;  // by API field name ("expiry" for month and year)
    QComboBox *m_provider = nullptr;
    QSpinBox *m_expiryMonth = nullptr;
    QSpinBox *m_expiryYear = nullptr;
    QLabel *m_brand = nullptr;
    FieldErrorLabel *m_formError;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_busy = false;
};

} // namespace okpay
