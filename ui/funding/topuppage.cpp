#include "ui/funding/topuppage.h"

#include "core/cardnumber.h"
#include "core/moneyformat.h"
#include "core/moneyparser.h"
#include "ui/dialogs/moneyconfirmdialog.h"

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
        return TopUpPage::tr("Enter an amount.");
    case MoneyParseError::InvalidCharacter:
    case MoneyParseError::ExponentNotation:
        return TopUpPage::tr("Use digits and the decimal separator only.");
    case MoneyParseError::SignNotAllowed:
        return TopUpPage::tr("Enter the amount without a sign.");
    case MoneyParseError::MisplacedGroupSeparator:
        return TopUpPage::tr("Check the thousands separators.");
    case MoneyParseError::TooManyDecimals:
        return TopUpPage::tr("%1 has at most %n decimal place(s).", nullptr, currency.exponent()).arg(currency.code());
    case MoneyParseError::DecimalsNotAllowed:
        return TopUpPage::tr("%1 has no decimal places.").arg(currency.code());
    case MoneyParseError::TooLarge:
        return TopUpPage::tr("This amount is too large.");
    }
    return {};
}

bool isCard(const FundingMethod &m)
{
    return m.kind == u"debit_card" || m.kind == u"credit_card";
}
} // namespace

TopUpPage::TopUpPage(FundingService *funding, QWidget *parent)
    : QWidget(parent), m_funding(funding), m_methodList(new QListWidget(this)), m_currency(new QComboBox(this)),
      m_amount(new QLineEdit(this)), m_amountError(new QLabel(this)), m_quote(new QLabel(this)),
      m_card(new QGroupBox(tr("Card"), this)), m_cardNumber(new QLineEdit(this)), m_expiryMonth(new QSpinBox(this)),
      m_expiryYear(new QSpinBox(this)), m_cvv(new QLineEdit(this)), m_submit(new QPushButton(tr("Top up"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("topUpPage"));
    m_methodList->setObjectName(QStringLiteral("topUpMethods"));
    m_methodList->setAccessibleName(tr("Top-up methods"));
    m_methodList->setWordWrap(true);
    m_methodList->setSpacing(6);
    for (const Currency &c : Currency::walletCurrencies())
        m_currency->addItem(c.code(), c.code());
    m_currency->setObjectName(QStringLiteral("topUpCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_amount->setObjectName(QStringLiteral("topUpAmount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(locale().toString(100.0, 'f', 2));
    m_amountError->setObjectName(QStringLiteral("topUpAmountError"));
    m_amountError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_quote->setObjectName(QStringLiteral("topUpQuote"));
    m_quote->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("topUpResult"));
    m_result->setWordWrap(true);
    m_submit->setObjectName(QStringLiteral("topUpSubmit"));
    m_submit->setEnabled(false);

    m_cardNumber->setObjectName(QStringLiteral("cardNumber"));
    m_cardNumber->setAccessibleName(tr("Card number"));
    m_cardNumber->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    m_expiryMonth->setRange(1, 12);
    m_expiryMonth->setObjectName(QStringLiteral("cardExpiryMonth"));
    m_expiryMonth->setAccessibleName(tr("Expiry month"));
    const int year = QDate::currentDate().year();
    m_expiryYear->setRange(year, year + 20);
    m_expiryYear->setObjectName(QStringLiteral("cardExpiryYear"));
    m_expiryYear->setAccessibleName(tr("Expiry year"));
    m_cvv->setObjectName(QStringLiteral("cardCvv"));
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
    right->addWidget(m_submit);
    right->addWidget(m_result);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_methodList, 2);
    layout->addLayout(right, 3);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &TopUpPage::askQuote);
    connect(m_amount, &QLineEdit::textChanged, this, &TopUpPage::amountChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &TopUpPage::amountChanged);
    connect(m_methodList, &QListWidget::currentRowChanged, this, [this] {
        const FundingMethod *m = selectedMethod();
        m_card->setVisible(m && isCard(*m));
        amountChanged();
    });
    connect(m_submit, &QPushButton::clicked, this, &TopUpPage::submit);
    connect(m_funding, &FundingService::methodsLoaded, this, &TopUpPage::showMethods);
    connect(m_funding, &FundingService::methodsFailed, this, [this](const QString &message) { m_result->setText(message); });
    connect(m_funding, &FundingService::quoteReady, this, [this](quint64 request, const FundingQuote &quote) {
        if (request != m_quoteRequest)
            return;  // an answer to an amount the user already changed
        m_currentQuote = quote;
        QString text = tr("Fee %1 · you pay %2 · %3 arrives in your wallet")
                           .arg(MoneyFormat::withSymbol(quote.fee, locale()), MoneyFormat::withSymbol(quote.total, locale()),
                                MoneyFormat::withSymbol(quote.amount, locale()));
        if (quote.saving.isPositive())
            text += u'\n' + tr("Promotion: you save %1").arg(MoneyFormat::withSymbol(quote.saving, locale()));
        m_quote->setText(text);
        m_submit->setEnabled(true);
    });
    connect(m_funding, &FundingService::quoteFailed, this, [this](quint64 request, const QString &message, const QString &) {
        if (request != m_quoteRequest)
            return;
        m_currentQuote.reset();
        m_quote->setText(message);
        m_submit->setEnabled(false);
    });
    connect(m_funding, &FundingService::topUpFinished, this, [this](const QJsonObject &topUp) {
        clearCard();
        const bool pending = topUp.value(u"status").toString() == u"pending";
        m_result->setText(pending ? tr("Transfer the amount with reference %1. It is credited when it arrives (1–3 business days).")
                                        .arg(topUp.value(u"bank_transfer_instructions").toObject().value(u"reference").toString())
                                  : tr("Done. The money is in your wallet."));
        m_submit->setEnabled(false);
        m_currentQuote.reset();
        emit toppedUp();
    });
    connect(m_funding, &FundingService::topUpFailed, this, [this](const QString &message, const QString &) {
        clearCard();
        m_result->setText(message);
        m_submit->setEnabled(true);
    });
}

void TopUpPage::reload()
{
    m_funding->loadMethods();
}

void TopUpPage::showMethods(const QList<FundingMethod> &methods)
{
    m_methods.clear();
    m_methodList->clear();
    for (const FundingMethod &m : methods) {
        if (m.direction != u"topup")
            continue;
        m_methods.append(m);
        QString text = m.name + u'\n' + m.description;
        if (!m.promotion.isEmpty())
            text += u'\n' + tr("Promotion: %1").arg(m.promotion);
        auto *item = new QListWidgetItem(text, m_methodList);
        item->setData(Qt::UserRole, m.id);
    }
    if (!m_methods.isEmpty())
        m_methodList->setCurrentRow(0);
}

const FundingMethod *TopUpPage::selectedMethod() const
{
    const int row = m_methodList->currentRow();
    return row >= 0 && row < m_methods.size() ? &m_methods.at(row) : nullptr;
}

void TopUpPage::amountChanged()
{
    m_currentQuote.reset();
    m_submit->setEnabled(false);
    m_quoteRequest = 0;  // any answer still on its way is stale now
    const Currency currency = *Currency::fromCode(m_currency->currentData().toString());
    const MoneyParseResult parsed = MoneyParser::parse(m_amount->text(), currency, locale());
    m_amountError->setText(m_amount->text().isEmpty() ? QString() : parseErrorText(parsed.error, currency));
    m_quote->clear();
    if (parsed.ok() && parsed.money->isPositive() && selectedMethod())
        m_debounce.start();
}

void TopUpPage::askQuote()
{
    const Currency currency = *Currency::fromCode(m_currency->currentData().toString());
    const MoneyParseResult parsed = MoneyParser::parse(m_amount->text(), currency, locale());
    if (!parsed.ok() || !selectedMethod())
        return;
    m_quote->setText(tr("Getting a quote…"));
    m_quoteRequest = m_funding->requestQuote(selectedMethod()->id, *parsed.money);
}

void TopUpPage::submit()
{
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
    MoneyConfirmDialog confirm(tr("Confirm top-up"),
                               tr("Top up %1 by %2.\nFee: %3\nTotal charged: %4")
                                   .arg(MoneyFormat::withSymbol(quote.amount, locale()), method->name,
                                        MoneyFormat::withSymbol(quote.fee, locale()), MoneyFormat::withSymbol(quote.total, locale())),
                               this);
    const QByteArray key = FundingService::newIdempotencyKey();  // one per confirmation
    if (confirm.exec() != QDialog::Accepted)
        return;
    m_submit->setEnabled(false);
    m_result->setText(tr("Processing…"));
    m_funding->topUp(quote.quoteId, card, key);
}

void TopUpPage::clearCard()
{
    m_cardNumber->clear();
    m_cvv->clear();
}

} // namespace okpay
