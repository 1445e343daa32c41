#pragma once
#include "core/ticketsummary.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

// The user's tickets in the cache, readable offline, newest activity first.
class TicketStore
{
public:
    explicit TicketStore(QSqlDatabase db) : m_db(std::move(db)) {}
    bool upsert(const QList<TicketSummary> &tickets);
    QList<TicketSummary> list(const QString &status = {}, int limit = 500) const;
    int count() const;
    std::optional<TicketSummary> find(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace okpay
