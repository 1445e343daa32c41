#include "ui/funding/fundingpage.h"

#include "core/cardnumber.h"
#include "core/moneyformat.h"
#include "core/moneyparser.h"
#include "ui/dialogs/kyclimitsdialog.h"
#include "ui/dialogs/moneyconfirmdialog.h"
#include "ui/funding/methoddescription.h"
#include "ui/funding/payoutdestinationpicker.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace okpay {

namespace {
QString parseErrorText(MoneyParseError error, const Currency &currency)
{
    switch (error) {
    case MoneyParseError::None:
        return {};
    case MoneyParseError::Empty:
        return FundingPage::tr("Enter an amount.");
    case MoneyParseError::InvalidCharacter:
    case MoneyParseError::ExponentNotation:
        return FundingPage::tr("Use digits and the decimal separator only.");
    case MoneyParseError::SignNotAllowed:
        return FundingPage::tr("Enter the amount without a sign.");
    case MoneyParseError::MisplacedGroupSeparator:
        return FundingPage::tr("Check the thousands separators.");
    case MoneyParseError::TooManyDecimals:
        return FundingPage::tr("%1 has at most %n decimal place(s).", nullptr, currency.exponent()).arg(currency.code());
    case MoneyParseError::DecimalsNotAllowed:
        return FundingPage::tr("%1 has no decimal places.").arg(currency.code());
    case MoneyParseError::TooLarge:
        return FundingPage::tr("This amount is too large.");
    }
    return {};
}

bool isCard(const FundingMethod &m)
{
    return m.kind == u"debit_card" || m.kind == u"credit_card";
}

bool isKycCode(const QString &code)
{
    return code == u"kyc_required" || code == u"limit_exceeded";
}
} // namespace

FundingPage::FundingPage(Direction direction, FundingService *funding, bool secondFactorOn, QWidget *parent)
    : QWidget(parent), m_direction(direction), m_funding(funding),
      m_destination(new PayoutDestinationPicker(direction == Direction::TopUp ? QStringLiteral("topUp") : QStringLiteral("withdraw"),
                                                funding, secondFactorOn, this)),
      m_totp(new QLineEdit(this)),
      m_methodList(new QListWidget(this)), m_currency(new QComboBox(this)),
      m_amount(new QLineEdit(this)), m_amountError(new QLabel(this)), m_quote(new QLabel(this)),
      m_card(new QGroupBox(tr("Card"), this)), m_cardNumber(new QLineEdit(this)), m_expiryMonth(new QSpinBox(this)),
      m_expiryYear(new QSpinBox(this)), m_cvv(new QLineEdit(this)), m_payout(new QGroupBox(tr("Send to"), this)),
      m_submit(new QPushButton(direction == Direction::TopUp ? tr("Top up") : tr("Withdraw"), this)),
      m_limits(new QPushButton(tr("Limits and verification…"), this)), m_result(new QLabel(this))
{
    const QString prefix = direction == Direction::TopUp ? QStringLiteral("topUp") : QStringLiteral("withdraw");
    setObjectName(prefix + QStringLiteral("Page"));
    m_methodList->setObjectName(prefix + QStringLiteral("Methods"));
    m_methodList->setAccessibleName(direction == Direction::TopUp ? tr("Top-up methods") : tr("Withdrawal methods"));
    m_methodList->setWordWrap(true);
    m_methodList->setSpacing(6);
    for (const Currency &c : Currency::walletCurrencies())
        m_currency->addItem(c.code(), c.code());
    m_currency->setObjectName(prefix + QStringLiteral("Currency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_amount->setObjectName(prefix + QStringLiteral("Amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(locale().toString(100.0, 'f', 2));
    m_amountError->setObjectName(prefix + QStringLiteral("AmountError"));
    m_amountError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_quote->setObjectName(prefix + QStringLiteral("Quote"));
    m_quote->setWordWrap(true);
    m_result->setObjectName(prefix + QStringLiteral("Result"));
    m_result->setWordWrap(true);
    m_submit->setObjectName(prefix + QStringLiteral("Submit"));
    m_submit->setEnabled(false);
    m_limits->setObjectName(prefix + QStringLiteral("Limits"));
    m_limits->setAccessibleName(tr("Limits and verification"));

    m_cardNumber->setObjectName(prefix + QStringLiteral("CardNumber"));
    m_cardNumber->setAccessibleName(tr("Card number"));
    m_cardNumber->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    m_expiryMonth->setRange(1, 12);
    m_expiryMonth->setObjectName(prefix + QStringLiteral("CardExpiryMonth"));
    m_expiryMonth->setAccessibleName(tr("Expiry month"));
    const int year = QDate::currentDate().year();
    m_expiryYear->setRange(year, year + 20);
    m_expiryYear->setObjectName(prefix + QStringLiteral("CardExpiryYear"));
    m_expiryYear->setAccessibleName(tr("Expiry year"));
    m_cvv->setObjectName(prefix + QStringLiteral("CardCvv"));
    m_cvv->setAccessibleName(tr("Security code"));
    m_cvv->setEchoMode(QLineEdit::Password);
    m_cvv->setMaxLength(4);
    auto *cardForm = new QFormLayout(m_card);
    cardForm->addRow(tr("Number"), m_cardNumber);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiryMonth);
    expiry->addWidget(m_expiryYear);
    expiry->addStretch();
    cardForm->addRow(tr("Expires"), expiry);
    cardForm->addRow(tr("Security code"), m_cvv);
    m_card->hide();
    m_totp->setObjectName(prefix + QStringLiteral("Totp"));
    m_totp->setAccessibleName(tr("Two-factor code"));
    m_totp->setPlaceholderText(QStringLiteral("123456"));
    m_totp->setMaxLength(8);
    auto *payoutForm = new QFormLayout(m_payout);
    payoutForm->addRow(tr("Destination"), m_destination);
    if (secondFactorOn)
        payoutForm->addRow(tr("Authenticator code"), m_totp);
    else
        m_totp->hide();
    m_payout->setVisible(direction == Direction::Withdraw);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *form = new QFormLayout;
    form->addRow(tr("Amount"), amountRow);
    form->addRow(QString(), m_amountError);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_quote);
    right->addWidget(m_card);
    right->addWidget(m_payout);
    right->addWidget(m_submit);
    right->addWidget(m_result);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_methodList, 1);
    left->addWidget(m_limits, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &FundingPage::askQuote);
    connect(m_amount, &QLineEdit::textChanged, this, &FundingPage::amountChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &FundingPage::amountChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &FundingPage::showDestinations);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &FundingPage::describeMethods);
    connect(m_limits, &QPushButton::clicked, this, [this] { showLimits(std::nullopt); });
    connect(m_methodList, &QListWidget::currentRowChanged, this, [this] {
        const FundingMethod *m = selectedMethod();
        m_card->setVisible(m_direction == Direction::TopUp && m && isCard(*m));
        showDestinations();
        amountChanged();
    });
    connect(m_submit, &QPushButton::clicked, this, &FundingPage::submit);
    connect(m_funding, &FundingService::methodsLoaded, this, &FundingPage::showMethods);
    connect(m_funding, &FundingService::methodsFailed, this, [this](const QString &message) { m_result->setText(message); });
    connect(m_funding, &FundingService::quoteReady, this, [this](quint64 request, const FundingQuote &quote) {
        if (request != m_quoteRequest)
            return;  // an answer to an amount the user already changed
        m_currentQuote = quote;
        const QString fee = MoneyFormat::withSymbol(quote.fee, locale());
        const QString total = MoneyFormat::withSymbol(quote.total, locale());
        const QString amount = MoneyFormat::withSymbol(quote.amount, locale());
        QString text = m_direction == Direction::TopUp
                           ? tr("Fee %1 · you pay %2 · %3 arrives in your wallet").arg(fee, total, amount)
                           : tr("Fee %1 · %2 is taken from your wallet · %3 arrives at the destination").arg(fee, total, amount);
        if (quote.saving.isPositive())
            text += u'\n' + tr("Promotion: you save %1").arg(MoneyFormat::withSymbol(quote.saving, locale()));
        m_quote->setText(text);
        m_submit->setEnabled(true);
    });
    connect(m_funding, &FundingService::quoteFailed, this,
            [this](quint64 request, const QString &message, const QString &, const QString &code) {
                if (request == m_quoteRequest)
                    quoteFailed(message, code);
            });
    if (direction == Direction::TopUp) {
        connect(m_funding, &FundingService::topUpFinished, this, [this](const QJsonObject &topUp) {
            const bool pending = topUp.value(u"status").toString() == u"pending";
            finished(pending ? tr("Transfer the amount with reference %1. It is credited when it arrives (1–3 business days).")
                                   .arg(topUp.value(u"bank_transfer_instructions").toObject().value(u"reference").toString())
                             : tr("Done. The money is in your wallet."));
        });
        connect(m_funding, &FundingService::topUpFailed, this, [this](const QString &message, const QString &code) {
            clearCard();
            moneyFailed(message, code);
        });
    } else {
        connect(m_funding, &FundingService::withdrawalFinished, this, [this](const QJsonObject &withdrawal) {
            finished(withdrawal.value(u"status").toString() == u"pending"
                         ? tr("Withdrawal on its way. It arrives in 1–3 business days.")
                         : tr("Done. The money has been sent."));
        });
        connect(m_funding, &FundingService::withdrawalFailed, this, [this](const QString &message, const QString &code) {
            m_totp->clear();
            moneyFailed(message, code);
        });
    }
}

void FundingPage::reload()
{
    m_funding->loadMethods();
    if (m_direction == Direction::Withdraw)
        m_destination->reload();
}

void FundingPage::finished(const QString &message)
{
    clearCard();
    m_totp->clear();
    m_result->setText(message);
    m_submit->setEnabled(false);
    m_currentQuote.reset();
    emit moneyMoved();
}

// The saved destinations that fit the chosen method and currency.
void FundingPage::showDestinations()
{
    if (m_direction != Direction::Withdraw)
        return;
    const FundingMethod *method = selectedMethod();
    const QString kind = !method ? QString() : method->kind == u"bank_account" ? QStringLiteral("bank_account")
                                            : method->kind == u"card"        ? QStringLiteral("card")
                                                                             : QStringLiteral("ewallet");
    m_destination->setFilter(kind, m_currency->currentData().toString());
}

void FundingPage::showMethods(const QList<FundingMethod> &methods)
{
    m_methods.clear();
    m_methodList->clear();
    for (const FundingMethod &m : methods) {
        if (m.direction != (m_direction == Direction::TopUp ? u"topup" : u"withdraw"))
            continue;
        m_methods.append(m);
        auto *item = new QListWidgetItem(m_methodList);
        item->setData(Qt::UserRole, m.id);
    }
    describeMethods();
    if (!m_methods.isEmpty())
        m_methodList->setCurrentRow(0);
}

// Fees and limits depend on the currency, so the list is redrawn when it changes.
void FundingPage::describeMethods()
{
    const QString currency = m_currency->currentData().toString();
    for (int row = 0; row < m_methodList->count() && row < m_methods.size(); ++row) {
        QListWidgetItem *item = m_methodList->item(row);
        item->setText(MethodDescription::summary(m_methods.at(row), currency, m_direction == Direction::TopUp, locale()));
        item->setData(Qt::AccessibleTextRole, item->text());
    }
}

const FundingMethod *FundingPage::selectedMethod() const
{
    const int row = m_methodList->currentRow();
    return row >= 0 && row < m_methods.size() ? &m_methods.at(row) : nullptr;
}

void FundingPage::amountChanged()
{
    m_currentQuote.reset();
    setKycLimited(false);
    m_submit->setEnabled(false);
    m_quoteRequest = 0;  // any answer still on its way is stale now
    const Currency currency = *Currency::fromCode(m_currency->currentData().toString());
    const MoneyParseResult parsed = MoneyParser::parse(m_amount->text(), currency, locale());
    m_amountError->setText(m_amount->text().isEmpty() ? QString() : parseErrorText(parsed.error, currency));
    m_quote->clear();
    if (parsed.ok() && parsed.money->isPositive() && selectedMethod())
        m_debounce.start();
}

std::optional<Money> FundingPage::enteredAmount() const
{
    const Currency currency = *Currency::fromCode(m_currency->currentData().toString());
    const MoneyParseResult parsed = MoneyParser::parse(m_amount->text(), currency, locale());
    return parsed.ok() ? parsed.money : std::nullopt;
}

void FundingPage::askQuote()
{
    const std::optional<Money> amount = enteredAmount();
    if (!amount || !selectedMethod())
        return;
    m_quote->setText(tr("Getting a quote…"));
    m_quoteRequest = m_funding->requestQuote(selectedMethod()->id, *amount);
}

// An amount over the verification limits can be fixed by verifying; one over the method's own maximum cannot.
void FundingPage::quoteFailed(const QString &message, const QString &code)
{
    m_currentQuote.reset();
    m_quote->setText(message);
    const FundingMethod *method = selectedMethod();
    const std::optional<Money> amount = enteredAmount();
    const auto methodMax = method ? MethodDescription::maximum(*method, m_currency->currentData().toString()) : std::nullopt;
    if (code == u"limit_exceeded" && amount && methodMax && amount->minor() > methodMax->minor()) {
        m_quote->setText(tr("The most this method takes is %1. Enter a smaller amount or choose another method.")
                             .arg(MoneyFormat::withSymbol(*methodMax, locale())));
        m_submit->setEnabled(false);
        return;
    }
    setKycLimited(isKycCode(code));
    m_submit->setEnabled(m_kycLimited);
}

// The limit can also be reached between the quote and the confirmation (another top-up today).
void FundingPage::moneyFailed(const QString &message, const QString &code)
{
    m_result->setText(message);
    m_submit->setEnabled(true);
    if (isKycCode(code)) {
        const std::optional<Money> amount = m_currentQuote ? std::optional<Money>(m_currentQuote->amount) : enteredAmount();
        showLimits(amount);
    }
}

void FundingPage::setKycLimited(bool limited)
{
    m_kycLimited = limited;
    const QString action = m_direction == Direction::TopUp ? tr("Top up") : tr("Withdraw");
    m_submit->setText(limited ? tr("Raise my limit…") : action);
    m_submit->setAccessibleName(limited ? tr("Raise my limit") : action);
}

void FundingPage::showLimits(const std::optional<Money> &attempted)
{
    auto *dialog = new KycLimitsDialog(m_funding->kyc(), m_currency->currentData().toString(),
                                       m_direction == Direction::TopUp ? QStringLiteral("topup") : QStringLiteral("withdraw"), attempted, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KycLimitsDialog::articleRequested, this, &FundingPage::articleRequested);
    dialog->open();
}

void FundingPage::submit()
{
    if (m_kycLimited)
        return showLimits(enteredAmount());
    const FundingMethod *method = selectedMethod();
    if (!method || !m_currentQuote)
        return;
    std::optional<CardInput> card;
    if (isCard(*method)) {
        if (!CardNumber::isValid(m_cardNumber->text())) {
            m_result->setText(tr("Check the card number."));
            return;
        }
        const QDate today = QDate::currentDate();
        if (m_expiryYear->value() == today.year() && m_expiryMonth->value() < today.month()) {
            m_result->setText(tr("This card has expired. Check the expiry date."));
            return;
        }
        card = CardInput{CardNumber::digitsOnly(m_cardNumber->text()), m_expiryMonth->value(), m_expiryYear->value(), m_cvv->text()};
    }
    const FundingQuote quote = *m_currentQuote;
    if (m_direction == Direction::Withdraw) {
        const QString destination = m_destination->currentId();
        if (destination.isEmpty()) {
            m_result->setText(tr("Choose where the money should go."));
            return;
        }
        if (m_totp->isVisible() && m_totp->text().trimmed().isEmpty()) {
            m_result->setText(tr("Enter the code from your authenticator app."));
            return;
        }
        MoneyConfirmDialog confirm(tr("Confirm withdrawal"),
                                   tr("Withdraw %1 to %2.\nFee: %3\nTotal taken from your wallet: %4")
                                       .arg(MoneyFormat::withSymbol(quote.amount, locale()), m_destination->currentText(),
                                            MoneyFormat::withSymbol(quote.fee, locale()), MoneyFormat::withSymbol(quote.total, locale())),
                                   this);
        const QByteArray key = FundingService::newIdempotencyKey();  // one per confirmation
        if (confirm.exec() != QDialog::Accepted)
            return;
        m_submit->setEnabled(false);
        m_result->setText(tr("Processing…"));
        m_funding->withdraw(quote.quoteId, destination, m_totp->text().trimmed(), key);
        return;
    }
    MoneyConfirmDialog confirm(tr("Confirm top-up"),
                               tr("Top up %1 by %2.\nFee: %3\nTotal charged: %4")
                                   .arg(MoneyFormat::withSymbol(quote.amount, locale()), MethodDescription::name(*method),
                                        MoneyFormat::withSymbol(quote.fee, locale()), MoneyFormat::withSymbol(quote.total, locale())),
                               this);
    const QByteArray key = FundingService::newIdempotencyKey();  // one per confirmation
    if (confirm.exec() != QDialog::Accepted)
        return;
    m_submit->setEnabled(false);
    m_result->setText(tr("Processing…"));
    m_funding->topUp(quote.quoteId, card, key);
}

void FundingPage::clearCard()
{
    m_cardNumber->clear();
    m_cvv->clear();
}

} // namespace okpay
