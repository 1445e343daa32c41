#include "ui/help/ticketthreadview.h"

#include "services/supportservice.h"
#include "services/ticketlistmodel.h"
#include "ui/help/ticketratingbox.h"
#include "ui/help/ticketreplybox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace okpay {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}
} // namespace

TicketThreadView::TicketThreadView(SupportService *support, QWidget *parent)
    : QWidget(parent), m_support(support), m_back(new QPushButton(tr("‹ My tickets"), this)), m_title(new QLabel(this)),
      m_meta(new QLabel(this)), m_notice(new QLabel(this)), m_messages(new QTextBrowser(this)), m_reply(new TicketReplyBox(support, this)),
      m_reopenRow(new QWidget(this)), m_reopenReason(new QLineEdit(m_reopenRow)), m_reopen(new QPushButton(tr("Reopen ticket"), m_reopenRow)),
      m_followUpText(new QLabel(this)), m_followUp(new QPushButton(tr("Open a new ticket linked to this one"), this)),
      m_close(new QPushButton(tr("Close ticket"), this)), m_rating(new TicketRatingBox(this))
{
    setObjectName(QStringLiteral("ticketThreadView"));
    m_pickSavePath = [this](const QString &name) {
        return QFileDialog::getSaveFileName(this, tr("Save the attachment"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(name));
    };
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_back->setObjectName(QStringLiteral("ticketThreadBack"));
    m_title->setObjectName(QStringLiteral("ticketThreadTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_meta->setObjectName(QStringLiteral("ticketThreadMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("ticketThreadNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setVisible(false);
    m_messages->setObjectName(QStringLiteral("ticketThreadMessages"));
    m_messages->setAccessibleName(tr("Conversation"));
    m_messages->setOpenLinks(false);
    m_reopenReason->setObjectName(QStringLiteral("ticketReopenReason"));
    m_reopenReason->setAccessibleName(tr("Why the problem is not solved"));
    m_reopenReason->setPlaceholderText(tr("What is still not working? (optional)"));
    m_reopen->setObjectName(QStringLiteral("ticketReopen"));
    m_followUpText->setObjectName(QStringLiteral("ticketFollowUpText"));
    m_followUpText->setWordWrap(true);
    m_followUp->setObjectName(QStringLiteral("ticketFollowUp"));
    m_close->setObjectName(QStringLiteral("ticketClose"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    header->addWidget(m_close, 0, Qt::AlignTop);
    auto *reopenRow = new QHBoxLayout(m_reopenRow);
    reopenRow->setContentsMargins(0, 0, 0, 0);
    reopenRow->addWidget(m_reopenReason, 1);
    reopenRow->addWidget(m_reopen);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUpText, 1);
    followUpRow->addWidget(m_followUp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_meta);
    layout->addWidget(m_notice);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_reopenRow);
    layout->addLayout(followUpRow);
    layout->addWidget(m_rating);
    layout->addWidget(m_reply);

    connect(m_back, &QPushButton::clicked, this, &TicketThreadView::backRequested);
    connect(m_messages, &QTextBrowser::anchorClicked, this, &TicketThreadView::attachmentAction);
    connect(m_close, &QPushButton::clicked, this, &TicketThreadView::confirmClose);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        m_reopen->setEnabled(false);
        setNotice(tr("Reopening…"));
        m_support->reopen(m_ticketId, m_reopenReason->text());
    });
    connect(m_followUp, &QPushButton::clicked, this, [this] {
        emit newLinkedTicketRequested(m_ticketId, m_thread ? m_thread->ticket.number : QString());
    });
    connect(m_rating, &TicketRatingBox::rateRequested, this, [this](int score, const QString &comment) {
        m_rating->setBusy(true);
        m_support->rate(m_ticketId, score, comment);
    });
    connect(support, &SupportService::threadLoaded, this, [this](const TicketThread &thread) {
        if (thread.ticket.id != m_ticketId)
            return;
        setNotice({});
        render(thread);
        if (isVisible())
            m_support->markRead(m_ticketId);
    });
    connect(support, &SupportService::threadFailed, this, [this](const QString &id, const QString &message) {
        if (id != m_ticketId)
            return;
        setNotice(m_thread && !m_thread->messages.isEmpty() ? tr("Showing the copy saved on this computer. %1").arg(message)
                                                            : tr("The conversation could not be loaded. %1").arg(message));
    });
    connect(support, &SupportService::ticketsChanged, this, &TicketThreadView::renderFromCache);
    connect(support, &SupportService::actionFinished, this, [this](const QString &id, SupportService::Action action) {
        if (id != m_ticketId)
            return;
        switch (action) {
        case SupportService::Action::Close: setNotice(tr("The ticket is closed.")); break;
        case SupportService::Action::Reopen: setNotice(tr("The ticket is open again. Support will answer here.")); break;
        case SupportService::Action::Rate: m_rating->setMessage(tr("Thank you for your rating.")); break;
        }
        m_reopenReason->clear();
        renderFromCache();
    });
    connect(support, &SupportService::actionFailed, this, [this](const QString &id, SupportService::Action action, const QString &message) {
        if (id != m_ticketId)
            return;
        if (action == SupportService::Action::Rate) {
            m_rating->setBusy(false);
            m_rating->setMessage(message);
        } else {
            setNotice(message);
        }
        m_reopen->setEnabled(true);
    });
    connect(support, &SupportService::reopenWindowExpired, this, [this](const QString &id) {
        if (id != m_ticketId)
            return;
        m_reopenRow->setVisible(false);
        m_followUpText->setText(tr("This ticket was solved more than 14 days ago, so it cannot be reopened. "
                                   "A new ticket linked to it keeps the history together."));
        m_followUpText->setVisible(true);
        m_followUp->setVisible(true);
    });
    connect(support, &SupportService::attachmentDownloaded, this, [this](const QString &id, const QString &path) {
        if (id == m_opening) {
            m_opening.clear();
            if (!m_openUrl(QUrl::fromLocalFile(path)))
                setNotice(tr("No app on this computer opens this file. It is saved in %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        setNotice(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(support, &SupportService::attachmentDownloadFailed, this, [this](const QString &id, const QString &message) {
        if (id == m_opening)
            m_opening.clear();
        setNotice(tr("The file was not downloaded. %1").arg(message));
    });
    showTicket({});
}

void TicketThreadView::setScreenshotSource(QWidget *source)
{
    m_reply->setScreenshotSource(source);
}

void TicketThreadView::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void TicketThreadView::setConfirmSend(ConfirmSend confirm)
{
    m_reply->setConfirmSend(std::move(confirm));
}

void TicketThreadView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void TicketThreadView::showTicket(const QString &ticketId)
{
    const bool other = ticketId != m_ticketId;
    m_ticketId = ticketId;
    m_reply->setTicket(ticketId);
    if (other) {
        setNotice({});
        m_reopenReason->clear();
        m_reopen->setEnabled(true);
        m_thread.reset();
    }
    renderFromCache();
    if (ticketId.isEmpty())
        return;
    m_support->markRead(ticketId);
    m_support->loadThread(ticketId);
}

void TicketThreadView::renderFromCache()
{
    if (m_ticketId.isEmpty()) {
        m_title->setText(tr("No ticket selected"));
        m_meta->clear();
        m_messages->clear();
        for (QWidget *w : std::initializer_list<QWidget *>{m_close, m_reopenRow, m_followUpText, m_followUp, m_rating, m_reply})
            w->setVisible(false);
        return;
    }
    const auto cached = m_support->cachedThread(m_ticketId);
    if (!cached)
        return;
    render(*cached);
    // The list says there is more than the saved conversation (a sync brought an answer): fetch it.
    const int count = cached->ticket.json.value(u"message_count").toInt();
    if (isVisible() && count > cached->messages.size() && !cached->messages.isEmpty())
        m_support->loadThread(m_ticketId);
}

void TicketThreadView::render(const TicketThread &thread)
{
    m_thread = thread;
    const TicketSummary &t = thread.ticket;
    const QLocale l = locale();
    m_title->setText(tr("%1 · %2").arg(t.number, t.subject));
    QStringList meta{TicketListModel::statusLabel(t.status), SupportService::categoryLabel(t.category)};
    const QDateTime created = QDateTime::fromString(t.json.value(u"created_at").toString(), Qt::ISODateWithMs);
    if (created.isValid())
        meta << tr("opened %1").arg(l.toString(created.toLocalTime(), QLocale::ShortFormat));
    if (!thread.transactionId.isEmpty())
        meta << tr("about transaction %1").arg(thread.transactionId);
    if (!thread.relatedTicketId.isEmpty())
        meta << tr("follows up an earlier ticket");
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const int scroll = m_messages->verticalScrollBar() ? m_messages->verticalScrollBar()->value() : 0;
    const bool atEnd = !m_messages->verticalScrollBar() || scroll >= m_messages->verticalScrollBar()->maximum() - 4;
    m_messages->setHtml(messagesHtml(thread));
    if (m_messages->verticalScrollBar())
        m_messages->verticalScrollBar()->setValue(atEnd ? m_messages->verticalScrollBar()->maximum() : scroll);

    const bool solved = t.status == u"solved";
    const bool closed = t.status == u"closed";
    const bool canReopen = solved && thread.reopenUntil.isValid() && thread.reopenUntil > QDateTime::currentDateTimeUtc();
    m_close->setVisible(!closed);
    m_reopenRow->setVisible(canReopen);
    m_followUpText->setVisible((solved && !canReopen) || closed);
    m_followUp->setVisible((solved && !canReopen) || closed);
    if (canReopen)
        m_reopen->setToolTip(tr("You can reopen it until %1.").arg(l.toString(thread.reopenUntil.toLocalTime(), QLocale::ShortFormat)));
    m_followUpText->setText(closed ? tr("This ticket is closed. If the problem is back, open a new ticket linked to it.")
                                   : tr("This ticket was solved more than 14 days ago, so it cannot be reopened. "
                                        "A new ticket linked to it keeps the history together."));
    m_rating->setVisible(solved || closed);
    if (solved || closed)
        m_rating->setRating(thread.ratingScore, thread.ratingComment);
    m_reply->setVisible(true);
    m_reply->setCanReply(t.status == u"open" || t.status == u"pending");
}

QString TicketThreadView::messagesHtml(const TicketThread &thread) const
{
    if (thread.messages.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(escaped(tr("The conversation has not been saved on this computer yet. "
                                                         "It appears when OKPay can be reached.")));
    const QLocale l = locale();
    const QString agentBackground = palette().color(QPalette::AlternateBase).name();
    QString html;
    for (const TicketMessage &m : thread.messages) {
        QString author;
        switch (m.author) {
        case TicketMessage::Author::User: author = tr("You"); break;
        case TicketMessage::Author::Agent:
            author = m.authorName.isEmpty()                          ? tr("OKPay Support")
                     : m.authorName.contains(QStringLiteral("OKPay")) ? m.authorName
                                                                      : tr("%1 (OKPay Support)").arg(m.authorName);
            break;
        case TicketMessage::Author::System: author = tr("OKPay"); break;
        }
        QString files;
        for (const TicketAttachmentInfo &a : m.attachments) {
            files += QStringLiteral("<br>&#128206; %1 (%2) — <a href=\"download:%3\">%4</a> · <a href=\"open:%3\">%5</a>")
                         .arg(escaped(a.fileName), escaped(l.formattedDataSize(a.sizeBytes)), a.id, escaped(tr("Download")), escaped(tr("Open")));
        }
        const bool agent = m.author != TicketMessage::Author::User;
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"margin-bottom:8px\"%1><tr><td>"
                               "<b>%2</b> <span style=\"color:gray\">· %3</span><br>%4%5</td></tr></table>")
                    .arg(agent ? QStringLiteral(" bgcolor=\"%1\"").arg(agentBackground) : QString(), escaped(author),
                         escaped(l.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat)), escaped(m.body), files);
    }
    return html;
}

std::optional<TicketAttachmentInfo> TicketThreadView::attachment(const QString &id) const
{
    if (!m_thread)
        return std::nullopt;
    for (const TicketMessage &m : m_thread->messages)
        for (const TicketAttachmentInfo &a : m.attachments)
            if (a.id == id)
                return a;
    return std::nullopt;
}

void TicketThreadView::attachmentAction(const QUrl &link)
{
    const auto file = attachment(link.path());
    if (!file)
        return;
    if (link.scheme() == u"download") {
        const QString path = m_pickSavePath(SupportAttachmentFile::safeFileName(file->fileName, file->contentType));
        if (path.isEmpty())
            return;
        setNotice(tr("Downloading %1…").arg(file->fileName));
        m_support->downloadAttachment(file->id, path);
    } else if (link.scheme() == u"open") {
        // Into the app's cache, in a folder named by the server's id (checked by the reader) under a safe file name.
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("attachments/") + file->id);
        QDir().mkpath(dir);
        m_opening = file->id;
        setNotice(tr("Opening %1…").arg(file->fileName));
        m_support->downloadAttachment(file->id, QDir(dir).filePath(SupportAttachmentFile::safeFileName(file->fileName, file->contentType)));
    }
}

void TicketThreadView::confirmClose()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Close this ticket?"),
                                tr("A closed ticket cannot be reopened or answered. If the problem comes back, you can open a "
                                   "new ticket linked to it."),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("ticketCloseConfirm"));
    auto *close = box->addButton(tr("Close ticket"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("ticketCloseConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_ticketId;
    connect(close, &QPushButton::clicked, this, [this, id] {
        setNotice(tr("Closing…"));
        m_support->close(id);
    });
    box->open();
}

} // namespace okpay
