#include "api/ticketdto.h"

#include "api/dtoreader.h"

#include <QJsonArray>

namespace okpay {

std::optional<TicketPage> TicketDto::page(const QJsonObject &json, QString *error)
{
    DtoReader r(json);
    TicketPage page;
    const QJsonArray items = r.array(QStringLiteral("items"), 200);
    page.nextCursor = r.optionalString(QStringLiteral("next_cursor"), 1024);
    page.serverTime = r.time(QStringLiteral("server_time"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    for (const QJsonValue &item : items) {
        DtoReader t(item.toObject(), QStringLiteral("ticket"));
        TicketSummary summary{t.string(QStringLiteral("id"), 1, 64),
                              t.string(QStringLiteral("number"), 1, 32),
                              t.string(QStringLiteral("subject"), 1, 200),
                              t.oneOf(QStringLiteral("status"), {QStringLiteral("open"), QStringLiteral("pending"),
                                                                 QStringLiteral("solved"), QStringLiteral("closed")}),
                              t.string(QStringLiteral("category"), 1, 64),
                              t.time(QStringLiteral("updated_at")),
                              item.toObject()};
        if (!t.ok()) {
            *error = t.error();
            return std::nullopt;
        }
        page.items.append(summary);
    }
    return page;
}

} // namespace okpay
