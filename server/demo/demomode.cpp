#include "demo/demomode.h"

#include "apiserver.h"
#include "auth/passwordhasher.h"
#include "chat/demochatagent.h"
#include "core/clock.h"
#include "funding/demowalletseeder.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"
#include "support/demotickets.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcDemo, "okpay.demo")

namespace okpay::server {

namespace {
constexpr int kTickMs = 1500;
constexpr int kChatJoinDelaySecs = 3;
constexpr int kTicketAnswerDelaySecs = 20;

// The user's id, creating a verified account (or setting a new password on the existing one).
QString ensureUser(const QSqlDatabase &db, const QString &email, const QString &name, const QString &role,
                   const QString &password, const QDateTime &now)
{
    const QString hash = PasswordHasher::hash(password);
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id FROM users WHERE email = :e"), {{":e", email}});
    if (q.next()) {
        const QString id = q.value(0).toString();
        q.finish();
        sqlExec(db, QStringLiteral("UPDATE users SET password_hash = :h, role = :r, email_verified = 1, updated_at = :now WHERE id = :id"),
                {{":h", hash}, {":r", role}, {":now", sqlTime(now)}, {":id", id}});
        return id;
    }
    const QString id = Ids::newId("usr");
    sqlExec(db, QStringLiteral("INSERT INTO users (id, email, name, phone, password_hash, role, email_verified, kyc_level, "
                               "locale, timezone, created_at, updated_at) VALUES (:id, :e, :n, '+8613800138000', :h, :r, 1, 1, "
                               "'en', 'Asia/Shanghai', :now, :now)"),
            {{":id", id}, {":e", email}, {":n", name}, {":h", hash}, {":r", role}, {":now", sqlTime(now.addDays(-200))}});
    return id;
}
} // namespace

DemoMode::DemoMode(ApiServer &server, QObject *parent) : QObject(parent), m_server(server)
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoMode::tick);
}

DemoMode::~DemoMode()
{
    m_timer.stop();
    m_worker.waitForDone();
    // The worker thread's database connection closes with the thread.
}

QString DemoMode::seed(QString *error)
{
    const ApiEnv &env = m_server.env();
    const QDateTime now = env.clock->now();
    // A readable password with letters, digits and a symbol, new each start; shown once on stdout.
    const QString password = QStringLiteral("Demo-") + Ids::newToken(9).replace(u'-', u'x').replace(u'_', u'y') + QStringLiteral("-7!");
    try {
        const QSqlDatabase db = env.db->connection();
        const QString userId = ensureUser(db, QString::fromLatin1(UserEmail), QStringLiteral("Demo User"), QStringLiteral("user"), password, now);
        m_agentId = ensureUser(db, QString::fromLatin1(AgentEmail), QStringLiteral("OKPay Support"), QStringLiteral("agent"),
                               Ids::newToken(), now);
        const int created = DemoWalletSeeder::seed(db, env.db->dialect(), *env.config, userId, now);
        DemoTickets::seed(*env.db, userId, m_agentId, now);
        qCInfo(lcDemo).noquote() << QStringLiteral("event=demo_seeded transactions=%1").arg(created);
    } catch (const SqlError &e) {
        *error = QString::fromUtf8(e.what());
        return {};
    }
    return password;
}

void DemoMode::startAgent()
{
    m_timer.start();
}

// Runs the agent's rounds on the worker thread; a round still running skips the next tick.
void DemoMode::tick()
{
    if (m_busy || m_agentId.isEmpty())
        return;
    m_busy = true;
    const ApiEnv &env = m_server.env();
    const QString agentId = m_agentId;
    QtConcurrent::run(&m_worker, [&env, agentId] {
        const QDateTime now = env.clock->now();
        try {
            DemoChatAgent::run(*env.db, env.events, agentId, now, kChatJoinDelaySecs);
            DemoTickets::answerWaiting(*env.db, agentId, now, kTicketAnswerDelaySecs);
        } catch (const std::exception &e) {
            qCWarning(lcDemo).noquote() << QStringLiteral("event=demo_agent_error error=\"%1\"").arg(QString::fromUtf8(e.what()).left(300));
        }
    }).then(this, [this] { m_busy = false; });
}

} // namespace okpay::server
