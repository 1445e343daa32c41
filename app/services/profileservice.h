#pragma once
#include <QObject>

namespace okpay {

class ApiClient;

// The signed-in user's profile as the account dialog shows it.
struct Profile
{
    QString name;
    QString email;
    bool emailVerified = false;
    QString phone;
    int kycLevel = 0;  // 0 email unconfirmed, 1 email confirmed, 2 identity verified, 3 enhanced
};

// Reads and edits the profile (name and phone; the email change needs the password and is confirmed by email).
class ProfileService : public QObject
{
    Q_OBJECT

public:
    explicit ProfileService(ApiClient *client, QObject *parent = nullptr);
    void load();
    void save(const QString &name, const QString &phone);

signals:
    void loaded(const okpay::Profile &profile);
    void saved(const okpay::Profile &profile);
    void failed(const QString &field, const QString &message);

private:
    void send(const QByteArray &method, const QJsonObject *body, void (ProfileService::*done)(const Profile &));
    ApiClient *m_client;
};

} // namespace okpay
