#pragma once
#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace okpay {

// The typed settings registry: every user preference with its default, stored in QSettings. Injected, never global.
// Nothing secret goes here (tokens live in the keychain only).
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key { Language, ServerUrl, Theme, LastUser, WindowGeometry, AutoLockMinutes, ChatWindowGeometry };
    Q_ENUM(Key)

    // Takes ownership of the backing store (a file in tests, the platform default in the app).
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    ~Settings() override;

    QString language() const;  // "" = follow the system, "en" or "zh_CN"
    void setLanguage(const QString &language);
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    // For this run only, not saved (okpay-wallet --server): a demo server does not become the default.
    void overrideServerUrl(const QUrl &url) { m_serverOverride = url; }
    QString theme() const;  // "system", "light" or "dark"
    void setTheme(const QString &theme);
    QString lastUser() const;
    void setLastUser(const QString &userId);
    // Sign out after this many minutes without input: 0 (never), 5, 15 (the default), 30 or 60.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    static QList<int> autoLockChoices();
    QByteArray windowGeometry() const;  // QWidget::saveGeometry(); empty until the window was closed once
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray chatWindowGeometry() const;
    void setChatWindowGeometry(const QByteArray &geometry);

signals:
    void changed(okpay::Settings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    std::unique_ptr<QSettings> m_store;
    QUrl m_serverOverride;
};

} // namespace okpay
