#pragma once
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <stdexcept>
#include <utility>

namespace okpay::server {

// A failed statement. Handlers let it propagate: the route wrapper logs it (without bound values) and answers 500.
class SqlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

using SqlBindings = std::initializer_list<std::pair<const char *, QVariant>>;

// Prepares, binds by name and executes (a null QString binds as '', SQL NULL only as QVariant()); throws SqlError on failure. Money and ids are always bound, never spliced.
QSqlQuery sqlExec(const QSqlDatabase &db, const QString &sql, SqlBindings bindings = {});
// Same for a statement expected to return at most one row: true (positioned on it) when there is one.
bool sqlFetchOne(QSqlQuery &query);

// BEGIN IMMEDIATE on SQLite (take the write lock up front, so two writers never deadlock on an upgrade) or BEGIN on
// PostgreSQL; rolls back unless commit() was called.
class SqlTransaction
{
public:
    SqlTransaction(const QSqlDatabase &db, SqlDialect dialect);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace okpay::server
