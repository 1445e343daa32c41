#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace okpay {

// Forms the user has not sent yet (the ticket form, a reply box), kept by name in the per-user cache so closing the
// window loses nothing. Not for secrets: the cache is not encrypted.
class DraftStore
{
public:
    explicit DraftStore(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<QJsonObject> load(const QString &name) const;
    bool save(const QString &name, const QJsonObject &draft, const QDateTime &now);
    bool remove(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace okpay
