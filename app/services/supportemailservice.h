#pragma once
#include "core/secretguard.h"
#include "services/supportattachmentfile.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace okpay {

class ApiClient;
class Clock;
class OutboxSender;
class OutboxStore;
class SessionService;

// What the email form sends. The sender fields are used only when signed out (signed in, the account's own name and
// address are used); files only when signed in (the server keeps uploads per account).
struct SupportEmailDraft
{
    QString fromName;
    QString fromEmail;
    QString subject;
    QString body;
    QStringList attachmentPaths;
};

// Sends a message to support by email (POST /v1/support/emails). Signed in, it goes through the account's outbox, so
// it is never lost and its files are uploaded first; signed out, it is sent at once and the caller keeps the draft
// when it fails (a retry reuses the same client_id, so a message that did arrive is not sent twice).
class SupportEmailService : public QObject
{
    Q_OBJECT

public:
    SupportEmailService(ApiClient *client, const SessionService *session, const Clock &clock, QObject *parent = nullptr);

    // The signed-in account's outbox (both null at sign-out). Without one, files cannot be attached.
    void setOutbox(OutboxStore *store, OutboxSender *sender);

    bool isSignedIn() const;
    bool canAttachFiles() const { return isSignedIn() && m_store && m_sender; }
    QString accountEmail() const;  // "" when signed out
    const SecretGuard &secretGuard() const;  // knows the password typed at this sign-in

    void checkAttachment(const QString &path);  // on a worker thread → attachmentChecked
    void send(const SupportEmailDraft &draft);  // → sent, queued, attachmentRejected or sendFailed
    bool isBusy() const { return m_busy; }

    static bool plausibleEmail(const QString &email);  // the server's own test (something@host.tld)
    // "Open in my email app": a mailto: URL with the subject and body (line breaks as CRLF, as RFC 6068 asks).
    static QUrl mailtoUrl(const QString &to, const QString &subject, const QString &body);

signals:
    void senderChanged();  // signed in or out, or the outbox came or went: accountEmail() and canAttachFiles()
    void attachmentChecked(const QString &path, okpay::SupportAttachmentFile::Check check, qint64 size);
    void attachmentRejected(const QString &path, okpay::SupportAttachmentFile::Check check);  // at sending: nothing sent
    void queued();  // in the outbox; sent (below) when the server has it, at once when online
    void sent(const QString &reference);  // the server accepted it; reference: its id, for the user to quote
    // Nothing was sent (signed out, or refused by the server from the outbox); field names the form field at fault
    // ("from_name", "from_email", "subject", "body", "attachment_ids") or is "".
    void sendFailed(const QString &field, const QString &message);

private:
    void sendDirect(const SupportEmailDraft &draft);
    void enqueue(const SupportEmailDraft &draft, const QList<SupportAttachment> &files);
    void outboxItemChanged(const QString &id);
    void finish();

    ApiClient *m_client;
    const SessionService *m_session;
    const Clock &m_clock;
    OutboxStore *m_store = nullptr;
    OutboxSender *m_sender = nullptr;  // forgotten when it is destroyed
    QString m_draftClientId;  // kept across retries of one signed-out draft
    QString m_queuedId;       // the outbox item of the email being tracked
    bool m_busy = false;
};

} // namespace okpay
