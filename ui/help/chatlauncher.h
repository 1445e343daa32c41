#pragma once
#include <QWidget>

class QLabel;
class QPushButton;

namespace okpay {

// The Help tab's "Live chat" section: what the chat is for, and the button that opens (or brings back) the chat
// window. The window itself is separate and non-modal, so the wallet stays usable while chatting.
class ChatLauncher : public QWidget
{
    Q_OBJECT

public:
    explicit ChatLauncher(QWidget *parent = nullptr);
    void setStatus(const QString &status);  // the chat channel's hours now, e.g. "Online now"

signals:
    void openRequested();

private:
    QLabel *m_status;
    QPushButton *m_open;
};

} // namespace okpay
