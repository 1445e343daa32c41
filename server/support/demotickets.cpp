#include "support/demotickets.h"

#include "support/ticketreferences.h"
#include "support/ticketstore.h"

#include "config/serverconfig.h"
#include "core/clock.h"
#include "http/apienv.h"
#include "http/apirequest.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QHash>

namespace okpay::server {

namespace {
struct DemoTicket
{
    const char *clientId;
    const char *subject;
    const char *category;
    const char *question;
    const char *answer;
    const char *status;
    int daysAgo;
};

const DemoTicket kDemoTickets[] = {
    {"6f1c2a8e-0d1b-4c55-9a3e-5b7f00000001", "Bank transfer top-up still pending", "topup",
     "I sent 500 USD by bank transfer on Monday and it still shows as pending. The reference was on the transfer.",
     "Thank you for the bank confirmation. The transfer reached us this morning and your top-up is now completed; "
     "the 500.00 USD is available in your balance. Bank transfers take 1-3 business days.",
     "solved", 5},
    {"6f1c2a8e-0d1b-4c55-9a3e-5b7f00000002", "Which withdrawal method is fastest?", "withdrawal",
     "I need money in my other e-wallet today. Which withdrawal method should I use, and what does it cost?",
     "Withdrawals to another e-wallet and to a debit card are instant; a bank account takes 1-3 business days. "
     "The app shows the exact fee before you confirm. Which e-wallet would you like to use?",
     "pending", 1},
};

QString articleFor(const QString &category)
{
    static const QHash<QString, QString> articles{
        {QStringLiteral("topup"), QStringLiteral("\"How can I top up my wallet, and what does it cost?\"")},
        {QStringLiteral("withdrawal"), QStringLiteral("\"How do I withdraw money, and how long does it take?\"")},
        {QStringLiteral("fees"), QStringLiteral("\"How can I top up my wallet, and what does it cost?\"")},
        {QStringLiteral("promotions"), QStringLiteral("\"Are there promotions that waive or reduce fees?\"")},
        {QStringLiteral("security"), QStringLiteral("\"What will OKPay staff never ask me for?\"")},
        {QStringLiteral("kyc"), QStringLiteral("\"What are the verification (KYC) levels and limits?\"")},
        {QStringLiteral("registration"), QStringLiteral("\"How do I open an OKPay account and verify my email?\"")},
        {QStringLiteral("account"), QStringLiteral("\"How do I open an OKPay account and verify my email?\"")}};
    return articles.value(category, QStringLiteral("\"How do I describe a problem so it gets solved quickly?\""));
}
QString authorName(const QSqlDatabase &db, const QString &agentId)
{
    const auto [name, email] = agentId.isEmpty() ? std::pair<QString, QString>() : TicketReferences::userNameAndEmail(db, agentId);
    return !name.isEmpty() ? name : !email.isEmpty() ? email : QStringLiteral("OKPay Support");
}
} // namespace

void DemoTickets::seed(const Database &db, const QString &userId, const QString &agentId, const QDateTime &now)
{
    const QSqlDatabase conn = db.connection();
    TicketStore store(conn);
    const auto [userName, userEmail] = TicketReferences::userNameAndEmail(conn, userId);
    const QString agentName = authorName(conn, agentId);
    for (const DemoTicket &demo : kDemoTickets) {
        const QString clientId = QString::fromLatin1(demo.clientId);
        if (store.ticketByClientId(userId, clientId))
            continue;
        SqlTransaction tx(conn, db.dialect());
        const QDateTime opened = now.addDays(-demo.daysAgo);
        const QString id = Ids::newId("tkt");
        const QString at = sqlTime(opened);
        const QSqlQuery insert = sqlExec(
            conn,
                QStringLiteral("INSERT INTO support_tickets (id, number, user_id, client_id, subject, category, status, "
                               "created_at, updated_at, message_count, last_message_at) VALUES (:id, :n, :u, :c, :s, "
                               ":cat, 'open', :at, :at2, 0, :at3) ON CONFLICT DO NOTHING"),
                {{":id", id}, {":n", store.nextNumber()}, {":u", userId}, {":c", clientId},
                 {":s", QString::fromUtf8(demo.subject)}, {":cat", QString::fromLatin1(demo.category)}, {":at", at},
                 {":at2", at}, {":at3", at}});
        if (insert.numRowsAffected() != 1)
            continue;  // seeded concurrently; the transaction rolls back
        store.addMessage(id, {clientId, QStringLiteral("user"), userId, userName, QString::fromUtf8(demo.question), {}},
                         opened);
        const QDateTime answered = opened.addSecs(3 * 3600);
        store.addMessage(id, {{}, QStringLiteral("agent"), agentId, agentName, QString::fromUtf8(demo.answer), {}}, answered);
        store.setStatus(id, QString::fromLatin1(demo.status), answered);
        if (QString::fromLatin1(demo.status) == u"solved")
            sqlExec(conn, QStringLiteral("UPDATE support_tickets SET rating_score = 5, rating_comment = :c, rated_at = :at "
                                         "WHERE id = :id"),
                    {{":c", QStringLiteral("Fast and clear, thank you!")}, {":at", sqlTime(answered.addSecs(600))}, {":id", id}});
        tx.commit();
    }
}

int DemoTickets::answerWaiting(const Database &db, const QString &agentId, const QDateTime &now, int delaySecs)
{
    const QSqlDatabase conn = db.connection();
    QSqlQuery q = sqlExec(conn,
                          QStringLiteral("SELECT t.id, t.category FROM support_tickets t WHERE t.status = 'open' AND "
                                         "t.last_message_at <= :cutoff AND (SELECT m.author_role FROM "
                                         "support_ticket_messages m WHERE m.ticket_id = t.id ORDER BY m.created_at DESC, "
                                         "m.id DESC LIMIT 1) = 'user' ORDER BY t.updated_at LIMIT 20"),
                          {{":cutoff", sqlTime(now.addSecs(-delaySecs))}});
    QList<std::pair<QString, QString>> waiting;
    while (q.next())
        waiting.append({q.value(0).toString(), q.value(1).toString()});
    const QString agentName = authorName(conn, agentId);
    TicketStore store(conn);
    int answered = 0;
    for (const auto &[id, category] : waiting) {
        SqlTransaction tx(conn, db.dialect());
        // Still open? A real agent or another instance may have answered meanwhile.
        QSqlQuery current = sqlExec(conn, QStringLiteral("SELECT status FROM support_tickets WHERE id = :id"), {{":id", id}});
        if (!sqlFetchOne(current) || current.value(0).toString() != u"open")
            continue;
        const QString text = QStringLiteral("Thanks for contacting OKPay support. While we look into this, the help "
                                            "article %1 may already answer it. Could you add the transaction and a "
                                            "screenshot if you have not yet? We never ask for your password, 2FA "
                                            "codes or full card number.")
                                 .arg(articleFor(category));
        // Strictly after the user's message, even within the same millisecond, so the answer sorts last.
        QSqlQuery last = sqlExec(conn, QStringLiteral("SELECT MAX(created_at) FROM support_ticket_messages WHERE ticket_id = :id"),
                                 {{":id", id}});
        const QDateTime lastAt = sqlFetchOne(last) ? fromSqlTime(last.value(0).toString()) : QDateTime();
        last.finish();
        const QDateTime answerAt = lastAt.isValid() && lastAt >= now ? lastAt.addMSecs(1) : now;
        store.addMessage(id, {{}, QStringLiteral("agent"), agentId, agentName, text, {}}, answerAt);
        store.setStatus(id, QStringLiteral("pending"), answerAt);
        tx.commit();
        ++answered;
    }
    return answered;
}

void DemoTickets::onUserRead(const ApiRequest &r)
{
    if (!r.env->config->demo || !r.auth)
        return;
    const QJsonObject support = r.env->config->section(QStringLiteral("support"));
    const QDateTime now = r.env->clock->now();
    answerWaiting(*r.env->db, {}, now, qBound(0, support.value(u"demo_answer_after_secs").toInt(20), 3600));
    const auto [name, email] = TicketReferences::userNameAndEmail(r.db(), r.userId());
    bool listed = false;
    for (const QJsonValue &v : support.value(u"demo_ticket_users").toArray())
        listed = listed || v.toString().compare(email, Qt::CaseInsensitive) == 0;
    if (listed)
        seed(*r.env->db, r.userId(), {}, now);
}

} // namespace okpay::server
