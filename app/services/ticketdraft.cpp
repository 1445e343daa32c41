#include "services/ticketdraft.h"

#include <QJsonArray>

namespace okpay {

bool TicketDraft::isEmpty() const
{
    return subject.trimmed().isEmpty() && description.trimmed().isEmpty() && attachments.isEmpty() && transactionId.isEmpty()
           && relatedTicketId.isEmpty();
}

QString TicketDraft::bodyToSend() const
{
    if (!includeDiagnostics || diagnostics.isEmpty())
        return description;
    return description + QStringLiteral("\n\n---\n") + diagnostics;
}

QJsonObject TicketDraft::toJson() const
{
    QJsonArray files;
    for (const DraftAttachment &a : attachments)
        files.append(QJsonObject{{QStringLiteral("file_name"), a.fileName},
                                 {QStringLiteral("path"), a.path},
                                 {QStringLiteral("png_base64"), QString::fromLatin1(a.data.toBase64())}});
    return {{QStringLiteral("category"), category},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("description"), description},
            {QStringLiteral("transaction_id"), transactionId},
            {QStringLiteral("related_ticket_id"), relatedTicketId},
            {QStringLiteral("related_ticket_number"), relatedTicketNumber},
            {QStringLiteral("attachments"), files},
            {QStringLiteral("include_diagnostics"), includeDiagnostics}};
}

TicketDraft TicketDraft::fromJson(const QJsonObject &json)
{
    TicketDraft d;
    d.category = json.value(u"category").toString().left(64);
    d.subject = json.value(u"subject").toString().left(200);
    d.description = json.value(u"description").toString().left(20000);
    d.transactionId = json.value(u"transaction_id").toString().left(64);
    d.relatedTicketId = json.value(u"related_ticket_id").toString().left(64);
    d.relatedTicketNumber = json.value(u"related_ticket_number").toString().left(32);
    d.includeDiagnostics = json.value(u"include_diagnostics").toBool();
    for (const QJsonValue &v : json.value(u"attachments").toArray()) {
        const QJsonObject o = v.toObject();
        DraftAttachment a{o.value(u"file_name").toString().left(255), o.value(u"path").toString(),
                          QByteArray::fromBase64(o.value(u"png_base64").toString().toLatin1())};
        if (!a.fileName.isEmpty() && (!a.path.isEmpty() || !a.data.isEmpty()) && d.attachments.size() < 5)
            d.attachments.append(a);
    }
    return d;
}

} // namespace okpay
