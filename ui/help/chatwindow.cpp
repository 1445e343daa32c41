#include "ui/help/chatwindow.h"

#include "ui/help/chatbubblelist.h"
#include "ui/help/chatcomposer.h"
#include "ui/help/chatheader.h"
#include "ui/help/chatratingdialog.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okpay {

namespace {
QPushButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->hide();
    return button;
}
} // namespace

ChatWindow::ChatWindow(ChatService *chat, QWidget *parent)
    : QWidget(parent, Qt::Window), m_chat(chat), m_header(new ChatHeader(this)), m_list(new ChatBubbleList(chat->messages(), this)),
      m_typing(new QLabel(this)), m_notice(new QLabel(this)), m_retry(actionButton(tr("Try again"), QStringLiteral("chatRetryStart"), this)),
      m_rate(actionButton(tr("Rate this chat…"), QStringLiteral("chatRate"), this)),
      m_saveTranscript(actionButton(tr("Save transcript…"), QStringLiteral("chatSaveTranscript"), this)),
      m_newChat(actionButton(tr("Start a new chat"), QStringLiteral("chatNewChat"), this)),
      m_myTickets(actionButton(tr("Open my tickets"), QStringLiteral("chatMyTickets"), this)),
      m_end(new QPushButton(tr("End chat"), this)), m_composer(new ChatComposer(this))
{
    setObjectName(QStringLiteral("chatWindow"));
    setWindowTitle(tr("OKPay live chat"));
    setMinimumSize(420, 480);
    resize(520, 680);
    m_typing->setObjectName(QStringLiteral("chatTyping"));
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setEnabled(false);  // dimmed
    m_notice->setObjectName(QStringLiteral("chatNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_end->setObjectName(QStringLiteral("chatEnd"));
    m_end->setAccessibleName(tr("End the chat"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_end, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_retry, m_rate, m_saveTranscript, m_myTickets, m_newChat})
        actions->addWidget(button);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_typing);
    layout->addWidget(m_notice);
    layout->addLayout(actions);
    layout->addWidget(m_composer);

    connect(m_chat, &ChatService::stateChanged, this, &ChatWindow::onState);
    connect(m_chat, &ChatService::queueChanged, this, &ChatWindow::refresh);
    connect(m_chat, &ChatService::agentChanged, this, &ChatWindow::refresh);
    connect(m_chat, &ChatService::connectionChanged, this, &ChatWindow::refresh);
    connect(m_chat, &ChatService::agentTypingChanged, this, &ChatWindow::refresh);
    connect(m_chat, &ChatService::agentMessageArrived, this, [this] {
        if (isVisible() && !isMinimized())
            m_chat->markRead();
    });
    connect(m_chat, &ChatService::errorOccurred, this, &ChatWindow::setNotice);
    connect(m_chat, &ChatService::messageLeft, this, [this] {
        m_composer->clear();
        setNotice(tr("Thank you. Your message is saved as a ticket: we answer by email and under My tickets, usually "
                     "within one business day."));
        m_myTickets->show();
    });
    connect(m_chat->outgoing(), &ChatOutgoing::imagesChanged, this, [this] { m_composer->setImages(m_chat->outgoing()->imageNames()); });
    connect(m_chat->outgoing(), &ChatOutgoing::imageRejected, this,
            [this](const QString &, ChatOutgoing::ImageCheck check) { setNotice(imageProblem(check)); });
    connect(m_chat->followUp(), &ChatFollowUp::transcriptExported, this, [this](const QString &path, bool ok) {
        setNotice(ok ? tr("The transcript is saved in %1.").arg(QDir::toNativeSeparators(path))
                     : tr("The transcript could not be saved in %1. Choose another folder.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_list, &ChatBubbleList::linkClicked, this, &ChatWindow::openLink);
    connect(m_list, &ChatBubbleList::retryRequested, m_chat->outgoing(), &ChatOutgoing::retry);
    connect(m_list, &ChatBubbleList::discardRequested, m_chat->outgoing(), &ChatOutgoing::discard);
    connect(m_composer, &ChatComposer::sendRequested, this, &ChatWindow::send);
    connect(m_composer, &ChatComposer::attachRequested, this, &ChatWindow::pickImage);
    connect(m_composer, &ChatComposer::removeImageRequested, m_chat->outgoing(), &ChatOutgoing::removeImage);
    connect(m_composer, &ChatComposer::edited, m_chat, &ChatService::userTyping);
    connect(m_end, &QPushButton::clicked, m_chat, &ChatService::end);
    connect(m_retry, &QPushButton::clicked, m_chat, &ChatService::retryStart);
    connect(m_rate, &QPushButton::clicked, this, &ChatWindow::askForRating);
    connect(m_saveTranscript, &QPushButton::clicked, this, &ChatWindow::pickTranscriptFile);
    connect(m_myTickets, &QPushButton::clicked, this, &ChatWindow::myTicketsRequested);
    connect(m_newChat, &QPushButton::clicked, this, [this] {
        m_chat->reset();
        m_composer->focusInput();
    });
    m_chat->messages()->setLocale(locale());
    m_shownState = m_chat->state();
    refresh();
}

void ChatWindow::startOrResume(const QString &topic)
{
    m_topic = topic;
    if (m_chat->state() == ChatService::State::Idle)
        m_chat->resume();
    showNormal();
    raise();
    activateWindow();
    m_composer->focusInput();
}

void ChatWindow::setOfficialDomains(const QStringList &domains)
{
    m_list->setOfficialDomains(domains);
}

QByteArray ChatWindow::saveState() const
{
    return saveGeometry();
}

bool ChatWindow::restoreState(const QByteArray &state)
{
    return !state.isEmpty() && restoreGeometry(state);
}

void ChatWindow::onState(ChatService::State state)
{
    const ChatService::State before = m_shownState;
    m_shownState = state;
    if (state == ChatService::State::Closed && m_composer->text().trimmed().isEmpty())
        m_composer->setText(m_chat->pendingText());  // what they wanted to ask becomes the message to leave
    if (state != ChatService::State::Closed)
        m_myTickets->hide();
    m_notice->hide();
    refresh();
    if (state == ChatService::State::Ended && (before == ChatService::State::Queued || before == ChatService::State::Active) && isVisible())
        askForRating();
}

void ChatWindow::refresh()
{
    using State = ChatService::State;
    const State shown = m_chat->state();
    m_header->display(*m_chat);
    m_typing->setText(m_chat->agentTyping() && shown == State::Active ? tr("%1 is typing…").arg(m_chat->agentName()) : QString());
    m_end->setVisible(shown == State::Queued || shown == State::Active);
    m_retry->setVisible(shown == State::Failed && !m_chat->pendingText().isEmpty());
    m_rate->setVisible(shown == State::Ended);
    m_saveTranscript->setVisible(shown == State::Ended);
    m_newChat->setVisible(shown == State::Ended || (shown == State::Failed && m_chat->pendingText().isEmpty()));
    m_composer->setCanWrite(shown != State::Starting && shown != State::Ended);
    m_composer->setCanAttach(shown == State::Queued || shown == State::Active);
    m_composer->setSendLabel(shown == State::Closed                                ? tr("Leave a message")
                             : shown == State::Queued || shown == State::Active ? tr("Send")
                                                                                  : tr("Start chat"));
    m_list->setEmptyText(shown == State::Closed
                             ? tr("Our agents are offline now. Write your question below and choose Leave a message: it "
                                  "becomes a ticket, and we answer by email and under My tickets.")
                             : tr("Ask us anything about your wallet. An agent usually answers within a few minutes."));
}

void ChatWindow::send()
{
    using State = ChatService::State;
    QString text = m_composer->text().trimmed();
    const State state = m_chat->state();
    const bool images = !m_chat->outgoing()->imageNames().isEmpty() && (state == State::Queued || state == State::Active);
    if (text.isEmpty() && !images)
        return;
    if (!text.isEmpty() && m_confirmSend && !m_confirmSend(&text))
        return;  // the user edits the text first
    m_notice->hide();
    switch (state) {
    case State::Queued:
    case State::Active:
        if (!m_chat->send(text))
            return setNotice(tr("The message could not be saved on this computer. Check the free disk space and try again."));
        break;
    case State::Closed:
        m_chat->leaveMessage(text);
        return;  // cleared when the ticket is in the outbox
    case State::Idle:
    case State::Ended:
    case State::Failed:
        m_chat->start(text, m_topic);
        break;
    case State::Starting:
        return;
    }
    m_composer->clear();
}

void ChatWindow::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ChatWindow::attachImage(const QString &path)
{
    m_chat->outgoing()->attachImage(path);
}

void ChatWindow::pickImage()
{
    auto *picker = new QFileDialog(this, tr("Attach an image"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg)"));
    picker->setObjectName(QStringLiteral("chatImagePicker"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &ChatWindow::attachImage);
    picker->open();
}

void ChatWindow::pickTranscriptFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/")
                              + tr("OKPay chat %1.txt").arg(QDate::currentDate().toString(Qt::ISODate));
    auto *picker = new QFileDialog(this, tr("Save transcript"), suggested, tr("Text files (*.txt)"));
    picker->setObjectName(QStringLiteral("chatTranscriptPicker"));
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("txt"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &ChatWindow::exportTranscriptTo);
    picker->open();
}

void ChatWindow::exportTranscriptTo(const QString &path)
{
    setNotice(tr("Saving the transcript…"));
    m_chat->followUp()->exportTranscript(path);
}

void ChatWindow::askForRating()
{
    if (!m_rating) {
        m_rating = new ChatRatingDialog(m_chat->followUp(), m_chat->agentName(), this);
        connect(m_rating, &ChatRatingDialog::saveTranscriptRequested, this, &ChatWindow::pickTranscriptFile);
        connect(m_rating, &QDialog::finished, this, [this] {
            m_rating->deleteLater();
            m_rating = nullptr;
        });
    }
    m_rating->open();
}

void ChatWindow::openLink(const QUrl &url, bool official)
{
    const auto open = [this, url] { m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url); };
    if (official)
        return open();
    if (m_confirmLink) {
        if (m_confirmLink(url))
            open();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not an official OKPay link"),
                                tr("This link leads to %1, which is not an OKPay website. OKPay staff only send links to "
                                   "okpay.example. Never enter your password or codes on a site you reached this way.\n\n"
                                   "Open it anyway?").arg(url.host()),
                                QMessageBox::Open | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("chatUnofficialLinkWarning"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [open](int result) {
        if (result == QMessageBox::Open)
            open();
    });
    box->open();
}

QString ChatWindow::imageProblem(ChatOutgoing::ImageCheck check) const
{
    switch (check) {
    case ChatOutgoing::ImageCheck::Ok:
        return {};
    case ChatOutgoing::ImageCheck::Unreadable:
        return tr("This image cannot be opened. Check that it still exists and that you may read it.");
    case ChatOutgoing::ImageCheck::Empty:
        return tr("This file is empty.");
    case ChatOutgoing::ImageCheck::TooLarge:
        return tr("This image is too large: pictures can be at most 10 MB.");
    case ChatOutgoing::ImageCheck::WrongType:
        return tr("Only PNG and JPEG pictures can be sent in the chat, whatever the file is called.");
    case ChatOutgoing::ImageCheck::TooMany:
        return tr("You can attach at most 5 pictures to one message.");
    }
    return {};
}

void ChatWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_chat->markRead();
}

void ChatWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_chat->markRead();
}

} // namespace okpay
