#include "support/attachmentstore.h"
#include "support/smtprelay.h"
#include "support/supportroutegroups.h"
#include "support/supportthrottle.h"
#include "support/ticketreferences.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirouter.h"
#include "http/jsonbody.h"
#include "mail/mailer.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSupportEmail, "okpay.support.email")

namespace okpay::server {

namespace {
using Method = QHttpServerRequest::Method;

QJsonObject receipt(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("client_id"), q.value(1).toString()},
            {QStringLiteral("status"), q.value(2).toString()},
            {QStringLiteral("received_at"), apiTime(fromSqlTime(q.value(3).toString()))}};
}

std::optional<QJsonObject> findReceipt(const QSqlDatabase &db, const QString &senderKey, const QString &clientId)
{
    QSqlQuery q = sqlExec(db,
                          QStringLiteral("SELECT id, client_id, status, received_at FROM support_emails "
                                         "WHERE sender_key = :k AND client_id = :c"),
                          {{":k", senderKey}, {":c", clientId}});
    if (!sqlFetchOne(q))
        return std::nullopt;
    return receipt(q);
}

QString oneLine(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral(" "));
}

bool plausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

// To the SMTP relay when one is configured, else to the outbox directory. A relay failure still leaves the mail in
// the outbox (nothing is lost), but the email stays "queued" since it has not reached the support inbox.
bool deliver(const ApiRequest &r, const QString &inbox, const QString &replyTo, const QString &subject,
             const QString &text, const QString &id)
{
    if (const auto relay = SmtpRelay::fromConfig(r.env->config->section(QStringLiteral("support")))) {
        QString error;
        if (relay->send(inbox, replyTo, subject, text, &error))
            return true;
        qCWarning(lcSupportEmail).noquote() << QStringLiteral("event=support_email_relay_failed id=%1 reason=\"%2\"").arg(id, error);
        if (r.env->mailer)
            r.env->mailer->send(inbox, subject, text);
        return false;
    }
    return r.env->mailer && r.env->mailer->send(inbox, subject, text);
}

QHttpServerResponse sendEmail(const ApiRequest &r)
{
    // A stale token must not turn the user's message into an anonymous one: let the client refresh and resend.
    if (!r.auth && !r.header("authorization").isEmpty())
        return errorResponse(Status::Unauthorized, QStringLiteral("unauthorized"),
                             QStringLiteral("The access token is invalid or expired"));
    JsonBody body(r.body);
    const QString clientId = body.uuid(QStringLiteral("client_id"));
    auto fromName = body.optionalString(QStringLiteral("from_name"), 1, 100);
    auto fromEmail = body.optionalString(QStringLiteral("from_email"), 3, 254);
    const QString subject = body.string(QStringLiteral("subject"), 1, 200);
    const QString text = body.string(QStringLiteral("body"), 1, 20000);
    const auto category = body.optionalOneOf(QStringLiteral("category"),
                                             {QStringLiteral("account"), QStringLiteral("registration"),
                                              QStringLiteral("topup"), QStringLiteral("withdrawal"), QStringLiteral("fees"),
                                              QStringLiteral("promotions"), QStringLiteral("security"),
                                              QStringLiteral("kyc"), QStringLiteral("other")});
    const auto transactionId = body.optionalId(QStringLiteral("transaction_id"));
    const auto locale = body.optionalOneOf(QStringLiteral("locale"), {QStringLiteral("en"), QStringLiteral("zh_CN")});
    const QStringList attachmentIds = AttachmentStore::idsFromBody(body);
    if (!r.auth) {
        if (!fromName)
            body.fail(QStringLiteral("from_name"), QStringLiteral("from_name is required when signed out"));
        if (!fromEmail)
            body.fail(QStringLiteral("from_email"), QStringLiteral("from_email is required when signed out"));
        if (!attachmentIds.isEmpty())
            body.fail(QStringLiteral("attachment_ids"), QStringLiteral("Sign in to attach files"));
    }
    if (fromEmail && !plausibleEmail(*fromEmail))
        body.fail(QStringLiteral("from_email"), QStringLiteral("from_email is not an email address"), QStringLiteral("invalid_email"));
    if (auto error = body.error())
        return std::move(*error);

    const QSqlDatabase db = r.db();
    if (r.auth) {  // signed in, the account's own name and address are used
        const auto [name, email] = TicketReferences::userNameAndEmail(db, r.userId());
        fromName = name;
        fromEmail = email;
    }
    const QString senderKey = r.auth ? QStringLiteral("user:") + r.userId()
                                     : QStringLiteral("anon:") + fromEmail->toLower();
    if (auto existing = findReceipt(db, senderKey, clientId))
        return jsonResponse(*existing, Status::Accepted);
    if (transactionId && (!r.auth || !TicketReferences::transactionBelongsTo(db, *transactionId, r.userId())))
        return validationError(QStringLiteral("transaction_id"), QStringLiteral("No such transaction in your account"));
    if (r.auth && !AttachmentStore(db).allOwnedBy(attachmentIds, r.userId()))
        return validationError(QStringLiteral("attachment_ids"), QStringLiteral("No such attachment"),
                               QStringLiteral("attachment_not_found"));
    if (auto limited = SupportThrottle::check(r, QStringLiteral("support-email"), r.auth ? 30 : 10))
        return std::move(*limited);

    const QString id = Ids::newId("eml");
    const QSqlQuery insert = sqlExec(
        db,
        QStringLiteral("INSERT INTO support_emails (id, sender_key, client_id, user_id, from_name, from_email, subject, "
                       "body, category, transaction_id, locale, status, received_at) VALUES (:id, :k, :c, :u, :fn, :fe, "
                       ":s, :b, :cat, :txn, :loc, 'queued', :at) ON CONFLICT DO NOTHING"),
        {{":id", id}, {":k", senderKey}, {":c", clientId}, {":u", r.auth ? QVariant(r.userId()) : QVariant()},
         {":fn", *fromName}, {":fe", *fromEmail}, {":s", subject}, {":b", text},
         {":cat", category ? QVariant(*category) : QVariant()},
         {":txn", transactionId ? QVariant(*transactionId) : QVariant()},
         {":loc", locale ? QVariant(*locale) : QVariant()}, {":at", sqlTime(r.env->clock->now())}});
    if (insert.numRowsAffected() == 1) {
        AttachmentStore(db).link(id, attachmentIds);
        const QString inbox = r.env->config->section(QStringLiteral("support"))
                                  .value(u"inbox_email").toString(QStringLiteral("support@okpay.example"));
        QString mail = QStringLiteral("From: %1 <%2>\nReference: %3\n").arg(oneLine(*fromName), oneLine(*fromEmail), id);
        if (category)
            mail += QStringLiteral("Category: %1\n").arg(*category);
        if (transactionId)
            mail += QStringLiteral("Transaction: %1\n").arg(*transactionId);
        if (!attachmentIds.isEmpty())
            mail += QStringLiteral("Attachments: %1\n").arg(attachmentIds.join(QStringLiteral(", ")));
        mail += u'\n' + text;
        if (deliver(r, inbox, *fromEmail, QStringLiteral("[Support] ") + oneLine(subject), mail, id))
            sqlExec(db, QStringLiteral("UPDATE support_emails SET status = 'sent' WHERE id = :id"), {{":id", id}});
    }
    return jsonResponse(*findReceipt(db, senderKey, clientId), Status::Accepted);
}
} // namespace

void registerSupportEmailRoutes(ApiRouter &router)
{
    router.add(Method::Post, QStringLiteral("/v1/support/emails"), Access::OptionalUser, sendEmail);
}

} // namespace okpay::server
