#include "admin/admincommand.h"

#include "apiserver.h"
#include "auth/passwordhasher.h"
#include "core/clock.h"
#include "funding/topupsettlement.h"
#include "support/faqimporter.h"
#include "storage/ids.h"
#include "storage/sql.h"
#include "storage/sqltime.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace okpay::server {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}
QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Creates an agent account (or promotes an existing user) and prints a generated password once.
int createAgent(const Database &db, const QStringList &args)
{
    if (args.size() < 2) {
        err() << "usage: okpay-server admin create-agent --db URL EMAIL \"DISPLAY NAME\"" << Qt::endl;
        return 2;
    }
    const QString email = args.at(0).trimmed().toLower();
    const QString name = args.at(1).trimmed().left(100);
    if (!email.contains(u'@') || name.isEmpty()) {
        err() << "create-agent: give a valid email and a display name" << Qt::endl;
        return 2;
    }
    const QSqlDatabase conn = db.connection();
    const QString now = sqlTime(QDateTime::currentDateTimeUtc());
    QSqlQuery existing = sqlExec(conn, QStringLiteral("SELECT id FROM users WHERE email = :e"), {{":e", email}});
    if (existing.next()) {
        sqlExec(conn, QStringLiteral("UPDATE users SET role = 'agent', name = :n, updated_at = :now WHERE id = :id"),
                {{":n", name}, {":now", now}, {":id", existing.value(0).toString()}});
        out() << "promoted " << email << " to agent" << Qt::endl;
        return 0;
    }
    const QString password = Ids::newToken(18);
    sqlExec(conn, QStringLiteral("INSERT INTO users (id, email, name, phone, password_hash, role, email_verified, "
                                 "created_at, updated_at) VALUES (:id, :e, :n, '+10000000000', :h, 'agent', 1, :now, :now)"),
            {{":id", Ids::newId("usr")}, {":e", email}, {":n", name}, {":h", PasswordHasher::hash(password)}, {":now", now}});
    out() << "created agent " << email << " with password " << password << " (shown once; change it after signing in)" << Qt::endl;
    return 0;
}
// Loads resources/faq-style Markdown (DIR/en/*.md, DIR/zh_CN/*.md) into the FAQ, bumping revisions for clients.
int loadFaq(const Database &db, const QStringList &args)
{
    if (args.size() != 1) {
        err() << "usage: okpay-server admin load-faq --db URL DIR" << Qt::endl;
        return 2;
    }
    QString error;
    const auto stats = loadFaqFromDirectory(db, args.first(), &error);
    if (!stats) {
        err() << "load-faq: " << error << Qt::endl;
        return 1;
    }
    out() << "faq: " << stats->added << " added, " << stats->updated << " updated, " << stats->deleted << " deleted, "
          << stats->unchanged << " unchanged" << Qt::endl;
    return 0;
}

// Completes or fails a pending bank-transfer top-up, as an agent would in the console.
int settleTopUp(const Database &db, const QStringList &args)
{
    if (args.size() < 2 || (args.at(1) != u"complete" && args.at(1) != u"fail")) {
        err() << "usage: okpay-server admin settle-topup --db URL TOPUP_ID complete|fail [REASON]" << Qt::endl;
        return 2;
    }
    const bool complete = args.at(1) == u"complete";
    const QString reason = complete ? QString() : args.value(2, QStringLiteral("Returned by the bank")).left(500);
    TopUpSettlement settlement(db.connection(), db.dialect(), QDateTime::currentDateTimeUtc());
    switch (settlement.settle(args.first(), complete, reason, QStringLiteral("ADMIN-") + args.first().right(8).toUpper())) {
    case TopUpSettlement::Result::Settled:
        out() << "top-up " << args.first() << (complete ? " completed" : " failed") << Qt::endl;
        return 0;
    case TopUpSettlement::Result::AlreadySettled:
        out() << "top-up " << args.first() << " was already settled that way" << Qt::endl;
        return 0;
    case TopUpSettlement::Result::NotPending:
        err() << "settle-topup: " << args.first() << " is not pending (settled the other way or not a bank transfer)" << Qt::endl;
        return 1;
    case TopUpSettlement::Result::NotFound:
        err() << "settle-topup: no top-up " << args.first() << Qt::endl;
        return 1;
    }
    return 1;
}
} // namespace

int runAdminCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "okpay-server admin: administration commands on the server's database.\n"
        "  create-agent EMAIL \"NAME\"            create a support agent (or promote a user); prints a password once\n"
        "  load-faq DIR                         publish DIR/en/*.md and DIR/zh_CN/*.md as the FAQ\n"
        "  settle-topup ID complete|fail [WHY]  settle a pending bank-transfer top-up"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL (sqlite:PATH or postgres://...)."), QStringLiteral("url"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Take the database from this configuration file (as the service does)."), QStringLiteral("file"));
    parser.addOptions({dbOption, configOption});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("create-agent, load-faq or settle-topup"));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl << parser.helpText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::endl;
        return 0;
    }
    QString error;
    auto config = ServerConfig::load(parser.value(configOption), &error);
    if (!config) {
        err() << "admin: " << error << Qt::endl;
        return 2;
    }
    const QString dbUrl = parser.isSet(dbOption) ? parser.value(dbOption) : config->database;
    if (parser.positionalArguments().isEmpty() || dbUrl.isEmpty()) {
        err() << parser.helpText() << Qt::endl;
        return 2;
    }
    const auto db = Database::open(dbUrl, &error);
    if (!db) {
        err() << "admin: " << error << Qt::endl;
        return 1;
    }
    SystemClock clock;
    {
        ApiServer schema(db, *config, clock);  // brings the schema up to date first
        if (!schema.migrate(&error)) {
            err() << "admin: migration failed: " << error << Qt::endl;
            return 1;
        }
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    try {
        if (command == u"create-agent")
            return createAgent(*db, args);
        if (command == u"load-faq")
            return loadFaq(*db, args);
        if (command == u"settle-topup")
            return settleTopUp(*db, args);
    } catch (const SqlError &e) {
        err() << "admin: " << e.what() << Qt::endl;
        return 1;
    }
    err() << "admin: unknown command " << command << Qt::endl;
    return 2;
}

} // namespace okpay::server
