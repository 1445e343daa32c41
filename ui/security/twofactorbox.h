#pragma once
#include "services/securityservice.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace okpay {

class FieldErrorLabel;
class RecoveryCodesPanel;
class TwoFactorDisableForm;

// Two-factor authentication on the Security tab. Off: the password starts the setup (QR code and key, then the
// first code, then the recovery codes shown once). On: how many recovery codes are left, generating new ones (with
// an authenticator code; shown once), and turning it off.
class TwoFactorBox : public QGroupBox
{
    Q_OBJECT

public:
    TwoFactorBox(SecurityService *security, bool on, QWidget *parent = nullptr);
    bool isOn() const { return m_on; }
    void reload();  // the recovery codes' status, which also says whether two-factor is on

signals:
    void onChanged(bool on);  // turned on or off here, or found changed on the server

private:
    QWidget *buildOffPage();
    QWidget *buildScanPage();
    QWidget *buildOnPage();
    QWidget *buildRegeneratePage();
    void setOn(bool on);
    void showPage(QWidget *page);
    void startSetup();
    void showSetup(const QString &secret, const QString &uri);
    void showStatus(const RecoveryCodesStatus &status);
    void regenerate();
    SecurityService *m_security;
    bool m_on;
    QWidget *m_steps;  // one page shown at a time; a box layout, not a QStackedWidget, so the box fits the page shown
    QList<QWidget *> m_pages;
    QWidget *m_current = nullptr;
    QWidget *m_offPage;
    QWidget *m_scanPage;
    QWidget *m_onPage;
    QWidget *m_regeneratePage;
    RecoveryCodesPanel *m_codes;
    TwoFactorDisableForm *m_disable;
    QLineEdit *m_password;
    QLabel *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QLabel *m_recoveryStatus;
    QLineEdit *m_regenerateCode;
    FieldErrorLabel *m_regenerateError;
    QPushButton *m_regenerateButton;
    FieldErrorLabel *m_message;  // setup errors
};

} // namespace okpay
