#pragma once
#include "core/ticketsummary.h"

#include <QList>

#include <optional>

namespace okpay {

struct TicketPage
{
    QList<TicketSummary> items;
    QString nextCursor;
    QDateTime serverTime;
};

// GET /v1/support/tickets pages, checked against the contract.
class TicketDto
{
public:
    static std::optional<TicketPage> page(const QJsonObject &json, QString *error);
};

} // namespace okpay
