#pragma once
#include "storage/database.h"

#include <QDateTime>
#include <optional>

namespace okpay::server {

class EventBus;

// Demo mode's live-chat agent (its timer belongs to the demo wiring, like DemoTickets): joins waiting chats after a
// short delay and answers each new user message with the FAQ article of the chat's locale that matches it best.
class DemoChatAgent
{
public:
    struct Article
    {
        QString id;
        QString title;
    };

    // Accepts queued chats at least joinDelaySecs old as agentId (agent_joined plus a greeting), then answers every
    // active chat of agentId whose newest message is the user's. Publishes the events; returns the chats it touched.
    static int run(const Database &db, EventBus *bus, const QString &agentId, const QDateTime &now, int joinDelaySecs);
    // The article whose title and keywords share the most words with the text; nullopt when none shares any.
    static std::optional<Article> bestArticle(const QSqlDatabase &db, const QString &locale, const QString &text);
};

} // namespace okpay::server
