#include "ui/signin/verifyemailpage.h"

#include "services/accountrecoveryservice.h"
#include "ui/widgets/fielderrorlabel.h"
#include "ui/widgets/formcolumn.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace okpay {

VerifyEmailPage::VerifyEmailPage(AccountRecoveryService *recovery, QWidget *parent)
    : QWidget(parent), m_recovery(recovery), m_sentTo(new QLabel(this)), m_code(new QLineEdit(this)),
      m_verify(new QPushButton(tr("Confirm email"), this)), m_resend(new QPushButton(this)),
      m_error(new FieldErrorLabel(QStringLiteral("verifyEmailError"), this)), m_info(new QLabel(this)),
      m_cooldown(new QTimer(this))
{
    auto *page = new FormColumn(QStringLiteral("verifyEmailPage"), tr("Confirm your email address"), this);
    m_sentTo->setObjectName(QStringLiteral("verifyEmailSentTo"));
    m_sentTo->setWordWrap(true);
    m_sentTo->setTextFormat(Qt::PlainText);
    m_code->setObjectName(QStringLiteral("verifyEmailCode"));
    m_code->setAccessibleName(tr("Code from the email"));
    m_code->setPlaceholderText(tr("Paste the code or the link"));
    m_code->setMaxLength(2048);
    m_verify->setObjectName(QStringLiteral("verifyEmailButton"));
    m_verify->setDefault(true);
    m_resend->setObjectName(QStringLiteral("verifyEmailResend"));
    m_info->setObjectName(QStringLiteral("verifyEmailInfo"));
    m_info->setWordWrap(true);
    auto *later = new QPushButton(tr("Later"), this);
    later->setObjectName(QStringLiteral("verifyEmailLater"));
    later->setToolTip(tr("You can look at your wallet now; topping up and withdrawing need a confirmed email."));

    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(QString(), m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_resend);
    buttons->addStretch();
    buttons->addWidget(later);
    auto *spam = new QLabel(tr("No email after a few minutes? Check your spam or junk folder, and that the address "
                               "is right."), this);
    spam->setWordWrap(true);
    page->body()->addWidget(m_sentTo);
    page->body()->addLayout(form);
    page->body()->addLayout(buttons);
    page->body()->addWidget(m_info);
    page->body()->addWidget(spam);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);

    m_cooldown->setInterval(1000);
    connect(m_cooldown, &QTimer::timeout, this, [this] {
        m_secondsLeft = qMax(0, m_secondsLeft - 1);
        showResend();
    });
    connect(later, &QPushButton::clicked, this, &VerifyEmailPage::skipped);
    const auto submit = [this] {
        m_error->setError({});
        m_info->clear();
        m_verify->setEnabled(false);
        m_waiting = true;
        m_recovery->verifyEmail(m_code->text());
    };
    connect(m_verify, &QPushButton::clicked, this, submit);
    connect(m_code, &QLineEdit::returnPressed, this, submit);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        m_error->setError({});
        m_waiting = true;
        m_recovery->resendVerification(m_email);
        m_secondsLeft = ResendCooldownSecs;
        showResend();
        m_cooldown->start();
    });
    // The service also serves the password reset page: answer only what this page asked.
    connect(m_recovery, &AccountRecoveryService::emailVerified, this, [this] {
        if (!std::exchange(m_waiting, false))
            return;
        m_verify->setEnabled(true);
        m_code->clear();
        emit verified();
    });
    connect(m_recovery, &AccountRecoveryService::verificationSent, this,
            [this] {
                if (std::exchange(m_waiting, false))
                    m_info->setText(tr("We sent a new email to %1. Only the newest code works.").arg(m_email));
            });
    connect(m_recovery, &AccountRecoveryService::failed, this, [this](const QString &, const QString &message) {
        if (!std::exchange(m_waiting, false))
            return;
        m_verify->setEnabled(true);
        m_error->setError(message);
    });
    showResend();
}

void VerifyEmailPage::start(const QString &email)
{
    m_email = email;
    m_sentTo->setText(tr("We sent an email to %1. Enter the code from it here, or paste the whole link.").arg(email));
    m_secondsLeft = ResendCooldownSecs;
    showResend();
    m_cooldown->start();
}

void VerifyEmailPage::showResend()
{
    if (m_secondsLeft == 0)
        m_cooldown->stop();
    m_resend->setEnabled(m_secondsLeft == 0 && !m_email.isEmpty());
    m_resend->setText(m_secondsLeft > 0 ? tr("Send again in %n s", nullptr, m_secondsLeft) : tr("Send a new email"));
}

} // namespace okpay
