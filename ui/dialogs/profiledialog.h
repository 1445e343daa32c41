#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace okpay {

class FieldErrorLabel;
class ProfileService;
struct Profile;

// Account ▸ Profile: the name and phone (editable), the email with its confirmation state, and the identity
// verification level with what it allows.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileService *profile, QWidget *parent = nullptr);

private:
    void showProfile(const Profile &profile);
    void save();
    ProfileService *m_profile;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLabel *m_email;
    QLabel *m_verification;
    QLabel *m_status;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_phoneError;
    QPushButton *m_save;
};

} // namespace okpay
