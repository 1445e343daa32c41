#pragma once
#include <QSystemTrayIcon>

namespace okpay {

// The OKPay icon in the system tray, where one exists, with the number of unread support replies drawn on it. It is
// never the only way back to the window: closing the window quits as usual.
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(QWidget *window);
    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }

private:
    QWidget *m_window;
    int m_unread = 0;
};

} // namespace okpay
