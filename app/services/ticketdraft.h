#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace okpay {

// A file on a draft: a file the user picked (read again when the ticket is queued) or a screenshot (its PNG bytes).
struct DraftAttachment
{
    QString fileName;
    QString path;     // a picked file; empty for a screenshot
    QByteArray data;  // a screenshot's PNG; empty for a picked file

    friend bool operator==(const DraftAttachment &, const DraftAttachment &) = default;
};

// What the ticket form holds before it is sent; kept in the cache when the window closes and restored next time.
struct TicketDraft
{
    QString category;  // openapi.yaml SupportCategory; empty until chosen
    QString subject;
    QString description;
    QString transactionId;    // the transaction the ticket is about, or empty
    QString relatedTicketId;  // the earlier ticket this one follows up, or empty
    QString relatedTicketNumber;
    QList<DraftAttachment> attachments;
    bool includeDiagnostics = false;
    QString diagnostics;  // the text the user saw; appended to the description when included

    bool isEmpty() const;
    QString bodyToSend() const;  // the description, plus the diagnostics when included
    QJsonObject toJson() const;
    static TicketDraft fromJson(const QJsonObject &json);  // tolerant: a damaged draft gives what is readable

    friend bool operator==(const TicketDraft &, const TicketDraft &) = default;
};

} // namespace okpay
