#include "services/supportemailservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "core/clock.h"
#include "services/outboxsender.h"
#include "services/sessionservice.h"
#include "store/outboxstore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace okpay {

namespace {
const QString kEmailsPath = QStringLiteral("/v1/support/emails");

QString localeName()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// One file as the worker thread found it.
struct ReadFile
{
    QString path;
    SupportAttachmentFile::Check check = SupportAttachmentFile::Check::Unreadable;
    qint64 size = 0;
    SupportAttachment file;
};
using ReadFiles = QList<ReadFile>;

// Reads and checks the files on the global thread pool; `done` runs on context's thread, or not at all if it died.
template<typename Done>
void readFiles(QObject *context, const QStringList &paths, Done done)
{
    auto *watcher = new QFutureWatcher<ReadFiles>(context);
    QObject::connect(watcher, &QFutureWatcher<ReadFiles>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        ReadFiles files;
        for (const QString &path : paths) {
            ReadFile read;
            read.path = path;
            read.check = SupportAttachmentFile::read(path, &read.file);
            read.size = read.check == SupportAttachmentFile::Check::Ok ? read.file.data.size() : QFileInfo(path).size();
            files.append(read);
        }
        return files;
    }));
}
} // namespace

SupportEmailService::SupportEmailService(ApiClient *client, const SessionService *session, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_session(session), m_clock(clock)
{
    if (m_session)
        connect(m_session, &SessionService::stateChanged, this, &SupportEmailService::senderChanged);
}

void SupportEmailService::setOutbox(OutboxStore *store, OutboxSender *sender)
{
    if (m_sender)
        disconnect(m_sender, nullptr, this, nullptr);
    m_store = store;
    m_sender = sender;
    m_queuedId.clear();
    if (m_sender) {
        connect(m_sender, &OutboxSender::itemChanged, this, &SupportEmailService::outboxItemChanged);
        connect(m_sender, &QObject::destroyed, this, [this] { setOutbox(nullptr, nullptr); });
    }
    emit senderChanged();
}

bool SupportEmailService::isSignedIn() const
{
    return m_session && m_session->state() == SessionService::State::SignedIn;
}

QString SupportEmailService::accountEmail() const
{
    return isSignedIn() ? m_session->email() : QString();
}

const SecretGuard &SupportEmailService::secretGuard() const
{
    static const SecretGuard withoutPassword;
    return isSignedIn() ? m_session->secretGuard() : withoutPassword;
}

bool SupportEmailService::plausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() >= 3 && email.size() <= 254 && pattern.match(email).hasMatch();
}

QUrl SupportEmailService::mailtoUrl(const QString &to, const QString &subject, const QString &body)
{
    QString crlfBody = body;
    crlfBody.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\n', QStringLiteral("\r\n"));
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(to);
    // Percent-encoded by hand: QUrlQuery would leave '&', '+' and '=' in the text as they are.
    url.setQuery(QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(subject))
                     + QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(crlfBody)),
                 QUrl::StrictMode);
    return url;
}

void SupportEmailService::checkAttachment(const QString &path)
{
    readFiles(this, {path}, [this](const ReadFiles &files) {
        emit attachmentChecked(files.first().path, files.first().check, files.first().size);
    });
}

void SupportEmailService::finish()
{
    m_busy = false;
}

void SupportEmailService::send(const SupportEmailDraft &draft)
{
    if (m_busy)
        return;
    m_busy = true;
    if (!canAttachFiles())
        return sendDirect(draft);
    // Read and check every file again now (it may have changed since it was picked); one bad file stops it all.
    readFiles(this, draft.attachmentPaths, [this, draft](const ReadFiles &read) {
        QList<SupportAttachment> files;
        for (const ReadFile &file : read) {
            if (file.check != SupportAttachmentFile::Check::Ok) {
                finish();
                return emit attachmentRejected(file.path, file.check);
            }
            files.append(file.file);
        }
        enqueue(draft, files);
    });
}

void SupportEmailService::sendDirect(const SupportEmailDraft &draft)
{
    if (m_draftClientId.isEmpty())
        m_draftClientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ApiRequestSpec spec;
    spec.method = "POST";
    spec.path = kEmailsPath;
    spec.carriesClientId = true;  // a retry after a lost answer returns the first receipt
    spec.authenticated = isSignedIn();
    QJsonObject body{{QStringLiteral("client_id"), m_draftClientId},
                     {QStringLiteral("subject"), draft.subject},
                     {QStringLiteral("body"), draft.body},
                     {QStringLiteral("locale"), localeName()}};
    if (!isSignedIn()) {
        body.insert(QStringLiteral("from_name"), draft.fromName);
        body.insert(QStringLiteral("from_email"), draft.fromEmail);
    }
    spec.json = body;
    m_client->send(spec, this, [this](const ApiResult &result) {
        finish();
        if (!result.ok())
            return emit sendFailed(result.error->field, ApiErrorText::formMessage(*result.error));
        m_draftClientId.clear();  // the next message is a new one
        emit sent(result.json.object().value(u"id").toString().left(64));
    });
}

// Files first, then the email that refers to them by outbox id (OutboxSender swaps in the server's ids). If the
// cache cannot take all of it, what was written is taken back, so nothing half-made is sent.
void SupportEmailService::enqueue(const SupportEmailDraft &draft, const QList<SupportAttachment> &files)
{
    if (!m_store || !m_sender) {  // signed out while the files were read
        finish();
        return emit sendFailed({}, tr("You were signed out, so the message was not sent. Sign in and send it again."));
    }
    const QDateTime now = m_clock.now();
    QJsonArray fileIds;
    for (const SupportAttachment &file : files) {
        const auto item = m_store->enqueue(QStringLiteral("attachment"), QStringLiteral("/v1/support/attachments"),
                                           {{QStringLiteral("filename"), file.fileName},
                                            {QStringLiteral("content_type"), file.contentType},
                                            {QStringLiteral("data_base64"), QString::fromLatin1(file.data.toBase64())}},
                                           now);
        if (!item) {
            for (const QJsonValue &id : std::as_const(fileIds))
                m_store->discard(id.toString());
            finish();
            return emit sendFailed({}, tr("The message could not be saved on this computer, so it was not sent. "
                                          "Check that the disk is not full and try again."));
        }
        fileIds.append(item->id);
    }
    QJsonObject payload{{QStringLiteral("subject"), draft.subject},
                        {QStringLiteral("body"), draft.body},
                        {QStringLiteral("locale"), localeName()}};
    if (!fileIds.isEmpty())
        payload.insert(QStringLiteral("attachment_outbox_ids"), fileIds);
    const auto email = m_store->enqueue(QStringLiteral("email"), kEmailsPath, payload, now);
    finish();
    if (!email) {
        for (const QJsonValue &id : std::as_const(fileIds))
            m_store->discard(id.toString());
        return emit sendFailed({}, tr("The message could not be saved on this computer, so it was not sent. "
                                      "Check that the disk is not full and try again."));
    }
    m_queuedId = email->id;
    emit queued();
    m_sender->sendDue();
}

void SupportEmailService::outboxItemChanged(const QString &id)
{
    if (id.isEmpty() || id != m_queuedId || !m_store)
        return;
    const auto item = m_store->find(id);
    if (!item)
        return;
    switch (item->state) {
    case OutboxItem::State::Sent:
        m_queuedId.clear();
        emit sent(item->resultId);
        break;
    case OutboxItem::State::Failed:
        m_queuedId.clear();
        emit sendFailed({}, item->lastError);
        break;
    case OutboxItem::State::Queued:
    case OutboxItem::State::Sending:
        break;
    }
}

} // namespace okpay
