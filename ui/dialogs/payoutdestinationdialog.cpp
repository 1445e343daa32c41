#include "ui/dialogs/payoutdestinationdialog.h"

#include "core/cardnumber.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace okpay {

namespace {
QString brandName(const QString &brand)
{
    if (brand == u"visa")
        return QStringLiteral("Visa");
    if (brand == u"mastercard")
        return QStringLiteral("Mastercard");
    if (brand == u"amex")
        return QStringLiteral("American Express");
    if (brand == u"unionpay")
        return PayoutDestinationDialog::tr("UnionPay");
    if (brand == u"jcb")
        return QStringLiteral("JCB");
    return {};
}

// What to say under a field the server refused with a plain validation error (its own text is English).
QString fieldHint(const QString &field)
{
    if (field == u"account_holder")
        return PayoutDestinationDialog::tr("Enter the account holder's name, up to 100 characters.");
    if (field == u"bank_name")
        return PayoutDestinationDialog::tr("Enter the name of the bank.");
    if (field == u"account_number")
        return PayoutDestinationDialog::tr("Enter the account number or IBAN: 4 to 34 letters and digits, nothing else.");
    if (field == u"bank_code")
        return PayoutDestinationDialog::tr("Enter the SWIFT/BIC or bank code, up to 32 characters.");
    if (field == u"card_number")
        return PayoutDestinationDialog::tr("Check the card number.");
    if (field == u"expiry")
        return PayoutDestinationDialog::tr("This card has expired. Check the expiry date.");
    if (field == u"holder_name")
        return PayoutDestinationDialog::tr("Enter the name as printed on the card.");
    if (field == u"provider")
        return PayoutDestinationDialog::tr("Enter the e-wallet provider.");
    if (field == u"account_handle")
        return PayoutDestinationDialog::tr("Enter the e-wallet account: its email address, phone number or user name.");
    if (field == u"label")
        return PayoutDestinationDialog::tr("Use a name of up to 200 characters.");
    return {};
}
} // namespace

PayoutDestinationDialog::PayoutDestinationDialog(FundingService *funding, const QString &kind, const QString &currency,
                                                 bool secondFactorOn, QWidget *parent)
    : QDialog(parent), m_funding(funding), m_kind(kind), m_currency(currency), m_form(new QFormLayout),
      m_formError(new FieldErrorLabel(QStringLiteral("payoutFormError"), this)), m_status(new QLabel(this)),
      m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("payoutDestinationDialog"));
    setWindowTitle(kind == u"bank_account" ? tr("Add a bank account") : kind == u"card" ? tr("Add a card") : tr("Add an e-wallet"));
    setMinimumWidth(520);

    addLine(QStringLiteral("label"), QStringLiteral("payoutLabel"), tr("Name"), 200)
        ->setPlaceholderText(tr("Optional, for example “Salary account”"));
    if (kind == u"bank_account") {
        addLine(QStringLiteral("account_holder"), QStringLiteral("payoutAccountHolder"), tr("Account holder"), 100);
        addLine(QStringLiteral("bank_name"), QStringLiteral("payoutBankName"), tr("Bank"), 200);
        addLine(QStringLiteral("account_number"), QStringLiteral("payoutAccountNumber"), tr("Account number or IBAN"), 42)
            ->setPlaceholderText(QStringLiteral("DE89 3704 0044 0532 0130 00"));
        addLine(QStringLiteral("bank_code"), QStringLiteral("payoutBankCode"), tr("SWIFT/BIC or bank code"), 32)
            ->setPlaceholderText(tr("Optional"));
    } else if (kind == u"card") {
        QLineEdit *number = addLine(QStringLiteral("card_number"), QStringLiteral("payoutCardNumber"), tr("Card number"), 23);
        number->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
        m_brand = new QLabel(this);
        m_brand->setObjectName(QStringLiteral("payoutCardBrand"));
        m_brand->setAccessibleName(tr("Card brand"));
        m_form->addRow(tr("Brand"), m_brand);
        connect(number, &QLineEdit::textChanged, this, &PayoutDestinationDialog::showBrand);
        showBrand();
        m_expiryMonth = new QSpinBox(this);
        m_expiryMonth->setObjectName(QStringLiteral("payoutCardExpiryMonth"));
        m_expiryMonth->setAccessibleName(tr("Expiry month"));
        m_expiryMonth->setRange(1, 12);
        m_expiryYear = new QSpinBox(this);
        m_expiryYear->setObjectName(QStringLiteral("payoutCardExpiryYear"));
        m_expiryYear->setAccessibleName(tr("Expiry year"));
        const int year = QDate::currentDate().year();
        m_expiryYear->setRange(year, year + 20);
        auto *expiry = new QHBoxLayout;
        expiry->addWidget(m_expiryMonth);
        expiry->addWidget(m_expiryYear);
        expiry->addStretch();
        m_form->addRow(tr("Expires"), expiry);
        addError(QStringLiteral("expiry"), QStringLiteral("payoutCardExpiryError"));
        addLine(QStringLiteral("holder_name"), QStringLiteral("payoutCardHolder"), tr("Name on card"), 100);
    } else {
        m_provider = new QComboBox(this);
        m_provider->setObjectName(QStringLiteral("payoutProvider"));
        m_provider->setAccessibleName(tr("E-wallet provider"));
        m_provider->setEditable(true);
        m_provider->addItems({QStringLiteral("PayPal"), QStringLiteral("Alipay"), QStringLiteral("WeChat Pay"), QStringLiteral("Skrill")});
        m_form->addRow(tr("Provider"), m_provider);
        addError(QStringLiteral("provider"), QStringLiteral("payoutProviderError"));
        addLine(QStringLiteral("account_handle"), QStringLiteral("payoutAccountHandle"), tr("Account"), 200)
            ->setPlaceholderText(tr("Email address, phone number or user name"));
    }
    auto *currencyLabel = new QLabel(currency, this);
    currencyLabel->setObjectName(QStringLiteral("payoutCurrency"));
    m_form->addRow(tr("Currency"), currencyLabel);
    if (secondFactorOn) {
        QLineEdit *totp = addLine(QStringLiteral("totp_code"), QStringLiteral("payoutTotp"), tr("Authenticator code"), 8);
        totp->setPlaceholderText(QStringLiteral("123456"));
    }

    m_status->setObjectName(QStringLiteral("payoutStatus"));
    m_status->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("payoutSave"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("payoutCancel"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_formError);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &PayoutDestinationDialog::save);
    connect(m_funding, &FundingService::destinationAdded, this, [this](const PayoutDestination &destination) {
        if (!m_busy)
            return;
        m_busy = false;
        emit saved(destination);
        accept();
    });
    connect(m_funding, &FundingService::destinationAddFailed, this, &PayoutDestinationDialog::failed);
}

PayoutDestinationDialog::~PayoutDestinationDialog()
{
    if (QLineEdit *number = m_lines.value(QStringLiteral("card_number")))
        number->clear();  // the full number goes no further than this dialog
}

QLineEdit *PayoutDestinationDialog::addLine(const QString &field, const QString &objectName, const QString &label, int maxLength)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setAccessibleName(label);
    line->setMaxLength(maxLength);
    m_form->addRow(label, line);
    m_lines.insert(field, line);
    addError(field, objectName + QStringLiteral("Error"));
    return line;
}

void PayoutDestinationDialog::addError(const QString &field, const QString &objectName)
{
    auto *error = new FieldErrorLabel(objectName, this);
    m_form->addRow(QString(), error);
    m_errors.insert(field, error);
}

void PayoutDestinationDialog::showBrand()
{
    const QString digits = CardNumber::digitsOnly(m_lines.value(QStringLiteral("card_number"))->text());
    const QString name = digits.size() >= 4 ? brandName(CardNumber::brand(digits)) : QString();
    m_brand->setText(name.isEmpty() ? tr("Shown as you type the number") : name);
}

void PayoutDestinationDialog::clearErrors()
{
    for (FieldErrorLabel *error : std::as_const(m_errors))
        error->setError({});
    m_formError->setError({});
    m_status->clear();
}

// Required fields and the card number; formats the server knows better (account numbers) are left to it.
bool PayoutDestinationDialog::checkFields()
{
    const auto text = [this](const char *field) { return m_lines.value(QLatin1String(field))->text().trimmed(); };
    const auto require = [this](const char *field, const QString &value, const QString &message) {
        if (!value.isEmpty())
            return true;
        m_errors.value(QLatin1String(field))->setError(message);
        return false;
    };
    bool ok = true;
    if (m_kind == u"bank_account") {
        ok &= require("account_holder", text("account_holder"), tr("Enter the account holder's name."));
        ok &= require("bank_name", text("bank_name"), tr("Enter the name of the bank."));
        ok &= require("account_number", text("account_number"), tr("Enter the account number or IBAN."));
    } else if (m_kind == u"card") {
        const QString number = text("card_number");
        if (number.isEmpty()) {
            ok = require("card_number", number, tr("Enter the card number."));
        } else if (!CardNumber::isValid(number)) {
            m_errors.value(QStringLiteral("card_number"))->setError(tr("This card number is not valid. Check it digit by digit."));
            ok = false;
        }
        const QDate today = QDate::currentDate();
        if (m_expiryYear->value() == today.year() && m_expiryMonth->value() < today.month()) {
            m_errors.value(QStringLiteral("expiry"))->setError(fieldHint(QStringLiteral("expiry")));
            ok = false;
        }
        ok &= require("holder_name", text("holder_name"), tr("Enter the name as printed on the card."));
    } else {
        ok &= require("provider", m_provider->currentText().trimmed(), tr("Enter the e-wallet provider."));
        ok &= require("account_handle", text("account_handle"), tr("Enter the e-wallet account."));
    }
    if (QLineEdit *totp = m_lines.value(QStringLiteral("totp_code")); totp && totp->text().trimmed().isEmpty()) {
        m_errors.value(QStringLiteral("totp_code"))->setError(tr("Enter the code from your authenticator app."));
        ok = false;
    }
    return ok;
}

QString PayoutDestinationDialog::defaultLabel() const
{
    const auto text = [this](const char *field) { return m_lines.value(QLatin1String(field))->text().trimmed(); };
    if (m_kind == u"bank_account")
        return text("bank_name");
    if (m_kind == u"card") {
        const QString brand = brandName(CardNumber::brand(CardNumber::digitsOnly(text("card_number"))));
        return brand.isEmpty() ? tr("Card") : brand;
    }
    return m_provider->currentText().trimmed();
}

void PayoutDestinationDialog::save()
{
    if (m_busy)
        return;
    clearErrors();
    if (!checkFields())
        return;
    const auto text = [this](const char *field) { return m_lines.value(QLatin1String(field))->text().trimmed(); };
    NewPayoutDestination d;
    d.kind = m_kind;
    d.currency = m_currency;
    d.label = text("label").isEmpty() ? defaultLabel() : text("label");
    if (m_kind == u"bank_account") {
        d.accountHolder = text("account_holder");
        d.bankName = text("bank_name");
        // IBANs are written in groups of four and sometimes in lower case; the API wants them plain.
        d.accountNumber = text("account_number").remove(u' ').toUpper();
        d.bankCode = text("bank_code").remove(u' ').toUpper();
    } else if (m_kind == u"card") {
        d.cardNumber = CardNumber::digitsOnly(text("card_number"));
        d.expiryMonth = m_expiryMonth->value();
        d.expiryYear = m_expiryYear->value();
        d.holderName = text("holder_name");
    } else {
        d.provider = m_provider->currentText().trimmed();
        d.accountHandle = text("account_handle");
    }
    if (m_lines.contains(QStringLiteral("totp_code")))
        d.totpCode = text("totp_code");
    m_busy = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_funding->addDestination(d);
}

void PayoutDestinationDialog::failed(const QString &message, const QString &code, const QString &field)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_save->setEnabled(true);
    m_status->clear();
    const QString key = field == u"expiry_month" || field == u"expiry_year" ? QStringLiteral("expiry") : field;
    const QString hint = fieldHint(key);
    const QString shown = code == u"validation_failed" && !hint.isEmpty() ? hint : message;
    if (FieldErrorLabel *error = m_errors.value(key)) {
        error->setError(shown);
        if (QLineEdit *line = m_lines.value(key))
            line->setFocus();
    } else {
        m_formError->setError(shown);
    }
    if (QLineEdit *totp = m_lines.value(QStringLiteral("totp_code")))
        totp->clear();  // a code is good for one try
}

} // namespace okpay
