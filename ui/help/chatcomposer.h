#pragma once
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace okpay {

// Where the user writes: a text box (Enter sends, Shift+Enter starts a new line), the pictures attached so far with
// a remove button each, "Attach image…" and "Send" (or "Start chat" before a chat exists).
class ChatComposer : public QWidget
{
    Q_OBJECT

public:
    explicit ChatComposer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    void setImages(const QStringList &names);
    void setSendLabel(const QString &label);
    void setCanWrite(bool canWrite);     // the text box and Send
    void setCanAttach(bool canAttach);   // images go only into a chat that exists
    void focusInput();

signals:
    void sendRequested();
    void attachRequested();
    void removeImageRequested(int index);
    void edited();  // a keystroke in the text box (for "typing…")

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSend();
    QPlainTextEdit *m_input;
    QWidget *m_images;
    QHBoxLayout *m_imageRow;
    QPushButton *m_attach;
    QPushButton *m_send;
    bool m_canWrite = true;
    int m_imageCount = 0;
};

} // namespace okpay
