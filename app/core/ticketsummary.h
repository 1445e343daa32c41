#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace okpay {

// A support ticket as the ticket history shows it; the server's full object is kept too, for the details view.
struct TicketSummary
{
    QString id;
    QString number;  // "OK-1042", what users quote
    QString subject;
    QString status;  // open, pending, solved, closed
    QString category;
    QDateTime updatedAt;
    QJsonObject json;
};

} // namespace okpay
