#pragma once
#include "storage/database.h"

#include <QDateTime>

namespace okpay::server {

struct ApiRequest;

// Demo mode's support side (called by the demo seeding and the demo agent's timer, both owned by the lead):
// two past tickets with history for the demo user, and a demo agent that answers new tickets after a delay.
class DemoTickets
{
public:
    // One solved and rated ticket from a few days ago and one waiting on the user. Idempotent (fixed client ids).
    // agentId empty: the answers come from "OKPay Support" without an agent account.
    static void seed(const Database &db, const QString &userId, const QString &agentId, const QDateTime &now);
    // Answers every open ticket whose newest message is a user's and at least delaySecs old: a reply pointing to
    // the FAQ article for its category, and the status becomes pending. Returns how many tickets were answered.
    static int answerWaiting(const Database &db, const QString &agentId, const QDateTime &now, int delaySecs);
    // Demo mode, on a user's ticket read: seeds the users listed in support.demo_ticket_users on their first read,
    // and lets the demo agent answer tickets waiting longer than support.demo_answer_after_secs. No-op otherwise.
    static void onUserRead(const ApiRequest &request);
};

} // namespace okpay::server
