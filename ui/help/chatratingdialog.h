#pragma once
#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace okpay {

class ChatFollowUp;

// After a chat ends: "How was your chat?" with 1 to 5 stars and an optional comment, sent with the ChatFollowUp;
// then "Save transcript…" to keep the conversation as a text file. Skipping the rating is fine.
class ChatRatingDialog : public QDialog
{
    Q_OBJECT

public:
    ChatRatingDialog(ChatFollowUp *followUp, const QString &agentName, QWidget *parent = nullptr);
    void choose(int score);  // as a click on the star (tests)
    void setComment(const QString &comment);
    void submit();

signals:
    void saveTranscriptRequested();

private:
    ChatFollowUp *m_followUp;
    QButtonGroup *m_stars;
    QPlainTextEdit *m_comment;
    QLabel *m_state;
    QPushButton *m_send;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_busy = false;
};

} // namespace okpay
