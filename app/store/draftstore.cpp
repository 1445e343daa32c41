#include "store/draftstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace okpay {

std::optional<QJsonObject> DraftStore::load(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM drafts WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool DraftStore::save(const QString &name, const QJsonObject &draft, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (name, json, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QJsonDocument(draft).toJson(QJsonDocument::Compact));
    q.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    return q.exec();
}

bool DraftStore::remove(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE name = ?"));
    q.addBindValue(name);
    return q.exec();
}

} // namespace okpay
