#include "ui/signin/signuppage.h"

#include "core/phonenumber.h"
#include "services/sessionservice.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/formcolumn.h"
#include "ui/widgets/newpasswordfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace okpay {

SignUpPage::SignUpPage(SessionService *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_password(new NewPasswordField(this)),
      m_terms(new QCheckBox(tr("I accept the OKPay terms of service and privacy notice"), this)),
      m_create(new QPushButton(tr("Create account"), this)),
      m_nameError(new FieldErrorLabel(QStringLiteral("signUpNameError"), this)),
      m_emailError(new FieldErrorLabel(QStringLiteral("signUpEmailError"), this)),
      m_phoneError(new FieldErrorLabel(QStringLiteral("signUpPhoneError"), this)),
      m_passwordError(new FieldErrorLabel(QStringLiteral("signUpPasswordError"), this)),
      m_termsError(new FieldErrorLabel(QStringLiteral("signUpTermsError"), this)),
      m_formError(new FieldErrorLabel(QStringLiteral("signUpError"), this))
{
    auto *page = new FormColumn(QStringLiteral("signUpPage"), tr("Open an OKPay wallet"), this);
    m_name->setObjectName(QStringLiteral("signUpName"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setMaxLength(100);
    m_email->setObjectName(QStringLiteral("signUpEmail"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setMaxLength(254);
    m_phone->setObjectName(QStringLiteral("signUpPhone"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_phone->setPlaceholderText(tr("+44 20 7946 0958"));
    m_phone->setMaxLength(24);
    m_terms->setObjectName(QStringLiteral("signUpTerms"));
    m_create->setObjectName(QStringLiteral("signUpButton"));
    m_create->setDefault(true);
    auto *toSignIn = new QPushButton(tr("I already have an account"), this);
    toSignIn->setObjectName(QStringLiteral("signUpToSignIn"));
    toSignIn->setFlat(true);

    auto *intro = new QLabel(tr("You will get an email with a code to confirm your address. Money can move once it "
                                "is confirmed."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Full name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Email"), m_email);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(QString(), m_phoneError);
    page->body()->addWidget(intro);
    page->body()->addLayout(form);
    page->body()->addWidget(m_password);
    page->body()->addWidget(m_passwordError);
    page->body()->addWidget(m_terms);
    page->body()->addWidget(m_termsError);
    page->body()->addWidget(m_create);
    page->body()->addWidget(m_formError);
    page->body()->addWidget(toSignIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);

    // The strength meter discounts passwords made of the user's own name or email.
    const auto updateInputs = [this] { m_password->setUserInputs({m_name->text(), m_email->text()}); };
    connect(m_name, &QLineEdit::textChanged, this, updateInputs);
    connect(m_email, &QLineEdit::textChanged, this, updateInputs);
    // An error goes away as soon as the user edits its field.
    connect(m_name, &QLineEdit::textEdited, m_nameError, [this] { m_nameError->setError({}); });
    connect(m_email, &QLineEdit::textEdited, m_emailError, [this] { m_emailError->setError({}); });
    connect(m_phone, &QLineEdit::textEdited, m_phoneError, [this] { m_phoneError->setError({}); });
    connect(m_password, &NewPasswordField::changed, m_passwordError, [this] { m_passwordError->setError({}); });
    connect(m_terms, &QCheckBox::toggled, m_termsError, [this] { m_termsError->setError({}); });
    connect(m_create, &QPushButton::clicked, this, &SignUpPage::submit);
    connect(toSignIn, &QPushButton::clicked, this, &SignUpPage::signInRequested);
    connect(m_session, &SessionService::signUpFailed, this, &SignUpPage::showServerError);
    connect(m_session, &SessionService::stateChanged, this, [this](SessionService::State state) {
        const bool busy = state == SessionService::State::SigningIn;
        m_create->setEnabled(!busy);
        m_create->setText(busy ? tr("Creating your account…") : tr("Create account"));
        if (state == SessionService::State::SignedIn)
            m_password->clear();  // never keep the password around
    });
}

void SignUpPage::clearErrors()
{
    for (FieldErrorLabel *label : {m_nameError, m_emailError, m_phoneError, m_passwordError, m_termsError, m_formError})
        label->setError({});
}

void SignUpPage::submit()
{
    clearErrors();
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$"));
    bool ok = true;
    if (m_name->text().trimmed().isEmpty()) {
        m_nameError->setError(tr("Enter your name as on your identity document."));
        ok = false;
    }
    if (!emailShape.match(m_email->text().trimmed()).hasMatch()) {
        m_emailError->setError(tr("Enter a valid email address."));
        ok = false;
    }
    if (!PhoneNumber::isValid(PhoneNumber::normalized(m_phone->text()))) {
        m_phoneError->setError(tr("Enter the phone number with its country code, for example +44 20 7946 0958."));
        ok = false;
    }
    if (!m_password->isAcceptable()) {
        m_passwordError->setError(tr("Choose a password that meets every rule above, is rated at least \"Strong\", and "
                                     "type it twice."));
        ok = false;
    }
    if (!m_terms->isChecked()) {
        m_termsError->setError(tr("Please accept the terms to open a wallet."));
        ok = false;
    }
    if (!ok)
        return;
    m_session->signUp({m_name->text().trimmed(), m_email->text().trimmed(), PhoneNumber::normalized(m_phone->text()), m_password->password()});
}

void SignUpPage::showServerError(const QString &field, const QString &message)
{
    if (field == u"name")
        m_nameError->setError(message);
    else if (field == u"email")
        m_emailError->setError(message);
    else if (field == u"phone")
        m_phoneError->setError(message);
    else if (field == u"password")
        m_passwordError->setError(message);
    else
        m_formError->setError(message);
}

} // namespace okpay
