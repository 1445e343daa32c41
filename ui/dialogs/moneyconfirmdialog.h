#pragma once
#include <QDialog>
#include <QTimer>

class QPushButton;

namespace okpay {

// "Move this money?": shows what will happen; Cancel is the default button and Confirm becomes clickable only after
// a short countdown, so a stray Enter or a second click cannot move money.
class MoneyConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    MoneyConfirmDialog(const QString &title, const QString &summary, QWidget *parent = nullptr, int countdownSecs = 3);

private:
    void tick();
    QPushButton *m_confirm;
    QTimer m_timer;
    int m_left;
};

} // namespace okpay
