#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace okpay {

// A new password with its confirmation, the policy checklist (12–128 characters, letters, digits, special
// characters) ticking as the user types, and a zxcvbn strength meter with advice. Used by sign-up and by the
// password change.
class NewPasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit NewPasswordField(QWidget *parent = nullptr);
    QString password() const;
    bool isAcceptable() const;  // policy met, strong enough, and the confirmation matches
    void setUserInputs(const QStringList &inputs) { m_userInputs = inputs; update(); }
    void clear();

signals:
    void changed();

private:
    void update();
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_checklist;
    QProgressBar *m_meter;
    QLabel *m_advice;
    QStringList m_userInputs;
};

} // namespace okpay
