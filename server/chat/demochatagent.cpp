#include "chat/demochatagent.h"

#include "chat/chatlog.h"
#include "chat/chatqueue.h"
#include "chat/chatsession.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace okpay::server {

namespace {
QStringList idsWhere(const QSqlDatabase &db, const QString &sql, SqlBindings bindings)
{
    QSqlQuery q = sqlExec(db, sql, bindings);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QString answerFor(const QSqlDatabase &db, const ChatSession &session, const QString &userText)
{
    const bool zh = session.locale == u"zh_CN";
    const auto article = DemoChatAgent::bestArticle(db, session.locale, userText);
    if (!article)
        return zh ? QStringLiteral("谢谢您的留言。能否再详细描述一下问题？如涉及某笔交易，请提供交易时间和金额。我们绝不会索要您的密码、验证码或完整卡号。")
                  : QStringLiteral("Thanks for the details. Could you tell me a little more, and the date and amount if "
                                   "it is about a transaction? We never ask for your password, 2FA codes or full card number.");
    return zh ? QStringLiteral("这篇帮助文章应该能解答您的问题：《%1》（帮助中心 › %2）。如果还有疑问，请告诉我。").arg(article->title, article->id)
              : QStringLiteral("This help article should answer it: \"%1\" (Help center › %2). Let me know if anything is "
                               "still unclear.").arg(article->title, article->id);
}

int joinWaiting(const Database &db, EventBus *bus, const QString &agentId, const QString &agentName,
                const QDateTime &now, int joinDelaySecs)
{
    const QSqlDatabase conn = db.connection();
    const QStringList waiting = idsWhere(conn, QStringLiteral("SELECT id FROM chat_sessions WHERE status = :queued AND "
                                                              "created_at <= :cutoff ORDER BY created_at, id LIMIT 20"),
                                         {{":queued", QStringLiteral("queued")}, {":cutoff", sqlTime(now.addSecs(-joinDelaySecs))}});
    int joined = 0;
    for (const QString &id : waiting) {
        qint64 joinedSeq = 0;
        qint64 greetingSeq = 0;
        qint64 answerSeq = 0;
        ChatLog::withRetry([&] {
            SqlTransaction tx(conn, db.dialect());
            QSqlQuery update = sqlExec(conn, QStringLiteral("UPDATE chat_sessions SET status = 'active', agent_id = :agent, "
                                                            "agent_name = :name, accepted_at = :now WHERE id = :id AND status = 'queued'"),
                                       {{":agent", agentId}, {":name", agentName}, {":now", sqlTime(now)}, {":id", id}});
            if (update.numRowsAffected() != 1)
                return;  // a real agent (or another instance) was quicker
            joinedSeq = ChatLog::appendEvent(conn, id, QStringLiteral("agent_joined"),
                                             {{QStringLiteral("id"), agentId}, {QStringLiteral("display_name"), agentName}}, {}, now);
            const auto session = ChatSession::load(conn, id);
            const QString greeting = session->locale == u"zh_CN"
                                         ? QStringLiteral("您好，我是%1，很高兴为您服务。").arg(agentName)
                                         : QStringLiteral("Hi, this is %1 from OKPay support. How can I help?").arg(agentName);
            greetingSeq = ChatLog::appendMessage(conn, id, agentId, QStringLiteral("agent"), agentName, {}, greeting, now)
                              .value(u"seq").toInteger();
            // What the user wrote while waiting gets its answer right after the greeting.
            QSqlQuery asked = sqlExec(conn, QStringLiteral("SELECT body FROM chat_messages WHERE session_id = :id AND "
                                                           "author_role = :user ORDER BY seq DESC LIMIT 1"),
                                      {{":id", id}, {":user", QStringLiteral("user")}});
            if (asked.next())
                answerSeq = ChatLog::appendMessage(conn, id, agentId, QStringLiteral("agent"), agentName, {},
                                                   answerFor(conn, *session, asked.value(0).toString()), now)
                                .value(u"seq").toInteger();
            tx.commit();
        });
        if (joinedSeq == 0)
            continue;
        ChatLog::notifyPersisted(bus, id, QStringLiteral("agent_joined"), joinedSeq);
        ChatLog::notifyPersisted(bus, id, QStringLiteral("message"), answerSeq > 0 ? answerSeq : greetingSeq);
        ++joined;
    }
    if (joined > 0)
        ChatQueue::announcePositions(conn, bus, 120);  // demo: the default per-position estimate
    return joined;
}
} // namespace

int DemoChatAgent::run(const Database &db, EventBus *bus, const QString &agentId, const QDateTime &now, int joinDelaySecs)
{
    const QSqlDatabase conn = db.connection();
    QSqlQuery nameQuery = sqlExec(conn, QStringLiteral("SELECT name FROM users WHERE id = :id"), {{":id", agentId}});
    const QString agentName = nameQuery.next() ? nameQuery.value(0).toString() : QStringLiteral("OKPay Support");
    int touched = joinWaiting(db, bus, agentId, agentName, now, joinDelaySecs);

    // Active chats of this agent whose newest message is the user's.
    const QStringList waiting = idsWhere(
        conn, QStringLiteral("SELECT s.id FROM chat_sessions s WHERE s.status = :active AND s.agent_id = :agent AND "
                             "(SELECT m.author_role FROM chat_messages m WHERE m.session_id = s.id ORDER BY m.seq DESC LIMIT 1) = :user "
                             "LIMIT 50"),
        {{":active", QStringLiteral("active")}, {":agent", agentId}, {":user", QStringLiteral("user")}});
    for (const QString &id : waiting) {
        qint64 seq = 0;
        ChatLog::withRetry([&] {
            SqlTransaction tx(conn, db.dialect());
            const auto session = ChatSession::load(conn, id, true);
            QSqlQuery last = sqlExec(conn, QStringLiteral("SELECT author_role, body FROM chat_messages WHERE session_id = :id "
                                                          "ORDER BY seq DESC LIMIT 1"),
                                     {{":id", id}});
            if (!session || session->isEnded() || !last.next() || last.value(0).toString() != u"user")
                return;  // answered or ended meanwhile
            const QString reply = answerFor(conn, *session, last.value(1).toString());
            seq = ChatLog::appendMessage(conn, id, agentId, QStringLiteral("agent"), agentName, {}, reply, now)
                      .value(u"seq").toInteger();
            tx.commit();
        });
        if (seq > 0) {
            ChatLog::notifyPersisted(bus, id, QStringLiteral("message"), seq);
            ++touched;
        }
    }
    return touched;
}

std::optional<DemoChatAgent::Article> DemoChatAgent::bestArticle(const QSqlDatabase &db, const QString &locale,
                                                                const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id, title, tags FROM faq_articles WHERE locale = :locale AND deleted = 0 "
                                             "ORDER BY position, id LIMIT 500"),
                          {{":locale", locale.isEmpty() ? QStringLiteral("en") : locale}});
    std::optional<Article> best;
    int bestScore = 0;
    while (q.next()) {
        QStringList terms = q.value(1).toString().split(separators, Qt::SkipEmptyParts);
        for (const QJsonValue &tag : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            terms.append(tag.toString());
        int score = 0;
        for (const QString &term : std::as_const(terms)) {
            // Latin words need 4+ letters to count (skips "the", "how"); a CJK keyword of 2+ characters is specific.
            const bool cjk = !term.isEmpty() && term.at(0).script() == QChar::Script_Han;
            if (term.size() >= (cjk ? 2 : 4) && text.contains(term, Qt::CaseInsensitive))
                ++score;
        }
        if (score > bestScore) {
            bestScore = score;
            best = Article{q.value(0).toString(), q.value(1).toString()};
        }
    }
    return best;
}

} // namespace okpay::server
