#pragma once
#include "services/chatservice.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace okpay {

class ChatBubbleList;
class ChatComposer;
class ChatHeader;
class ChatRatingDialog;

// The live chat as its own window (not modal, so the wallet stays usable): the header with the queue or the
// verified agent, the conversation, "… is typing", and the box to write in, with images. Text is checked by the
// confirmSend hook before it leaves (the secret guard). Outside chat hours "Send" becomes "Leave a message", which
// files the text as a ticket. When the chat ends it asks for a rating and offers the transcript as a text file.
// Closing the window does not end the chat; it keeps running and the window shows it again when reopened.
class ChatWindow : public QWidget
{
    Q_OBJECT

public:
    using ConfirmSend = std::function<bool(QString *text)>;  // false: the user wants to edit; may change *text
    using UrlOpener = std::function<bool(const QUrl &url)>;
    using LinkConfirm = std::function<bool(const QUrl &url)>;  // "open this unofficial link anyway?"

    explicit ChatWindow(ChatService *chat, QWidget *parent = nullptr);

    // Shows and raises the window; reopens the chat left open in the cache, or gets ready to start one about `topic`.
    void startOrResume(const QString &topic = {});
    void setConfirmSend(ConfirmSend confirm) { m_confirmSend = std::move(confirm); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }     // QDesktopServices by default
    void setLinkConfirm(LinkConfirm confirm) { m_confirmLink = std::move(confirm); }  // a warning box by default
    void setOfficialDomains(const QStringList &domains);  // okpay.example and its subdomains by default
    QByteArray saveState() const;  // the window's geometry, for the settings
    bool restoreState(const QByteArray &state);

    void send();                                  // what "Send" (or Enter) does
    void attachImage(const QString &path);        // what picking a file in "Attach image…" does
    void exportTranscriptTo(const QString &path);  // what choosing a file in "Save transcript…" does
    void openLink(const QUrl &url, bool official);
    ChatRatingDialog *ratingDialog() const { return m_rating; }

signals:
    void myTicketsRequested();  // after "leave a message": show the ticket list

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onState(ChatService::State state);
    void setNotice(const QString &text);
    void pickImage();
    void pickTranscriptFile();
    void askForRating();
    QString imageProblem(ChatOutgoing::ImageCheck check) const;

    ChatService *m_chat;
    ConfirmSend m_confirmSend;
    UrlOpener m_openUrl;
    LinkConfirm m_confirmLink;
    QString m_topic;
    ChatHeader *m_header;
    ChatBubbleList *m_list;
    QLabel *m_typing;
    QLabel *m_notice;
    QPushButton *m_retry;
    QPushButton *m_rate;
    QPushButton *m_saveTranscript;
    QPushButton *m_newChat;
    QPushButton *m_myTickets;
    QPushButton *m_end;
    ChatComposer *m_composer;
    ChatRatingDialog *m_rating = nullptr;
    ChatService::State m_shownState = ChatService::State::Idle;
};

} // namespace okpay
