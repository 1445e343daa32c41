#include "ui/dialogs/profiledialog.h"

#include "core/phonenumber.h"
#include "services/profileservice.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

namespace {
QString levelText(int level)
{
    switch (level) {
    case 0:
        return ProfileDialog::tr("Email not confirmed yet: money cannot move.");
    case 1:
        return ProfileDialog::tr("Email confirmed. Verify your identity to raise your limits.");
    case 2:
        return ProfileDialog::tr("Identity verified.");
    default:
        return ProfileDialog::tr("Identity verified (enhanced): the highest limits.");
    }
}
} // namespace

ProfileDialog::ProfileDialog(ProfileService *profile, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_email(new QLabel(this)),
      m_verification(new QLabel(this)), m_status(new QLabel(tr("Loading your profile…"), this)),
      m_nameError(new FieldErrorLabel(QStringLiteral("profileNameError"), this)),
      m_phoneError(new FieldErrorLabel(QStringLiteral("profilePhoneError"), this)), m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Your profile"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setMaxLength(100);
    m_phone->setObjectName(QStringLiteral("profilePhone"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_phone->setMaxLength(24);
    m_email->setObjectName(QStringLiteral("profileEmail"));
    m_email->setTextFormat(Qt::PlainText);
    m_verification->setObjectName(QStringLiteral("profileVerification"));
    m_verification->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_save->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Full name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(QString(), m_phoneError);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Verification"), m_verification);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_profile, &ProfileService::loaded, this, &ProfileDialog::showProfile);
    connect(m_profile, &ProfileService::saved, this, [this](const Profile &saved) {
        showProfile(saved);
        m_status->setText(tr("Saved."));
    });
    connect(m_profile, &ProfileService::failed, this, [this](const QString &field, const QString &message) {
        m_save->setEnabled(true);
        if (field == u"name")
            m_nameError->setError(message);
        else if (field == u"phone")
            m_phoneError->setError(message);
        else
            m_status->setText(message);
    });
    m_profile->load();
}

void ProfileDialog::showProfile(const Profile &profile)
{
    m_name->setText(profile.name);
    m_phone->setText(profile.phone);
    m_email->setText(profile.emailVerified ? tr("%1 (confirmed)").arg(profile.email) : tr("%1 (not confirmed)").arg(profile.email));
    m_verification->setText(levelText(profile.kycLevel));
    m_status->clear();
    m_save->setEnabled(true);
}

void ProfileDialog::save()
{
    m_nameError->setError({});
    m_phoneError->setError({});
    m_status->clear();
    const QString phone = PhoneNumber::normalized(m_phone->text());
    if (m_name->text().trimmed().isEmpty())
        return m_nameError->setError(tr("Enter your name as on your identity document."));
    if (!PhoneNumber::isValid(phone))
        return m_phoneError->setError(tr("Enter the phone number with its country code, for example +44 20 7946 0958."));
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_profile->save(m_name->text(), phone);
}

} // namespace okpay
