#include "services/settings.h"

namespace okpay {

namespace {
struct Definition
{
    QString name;
    QVariant defaultValue;
};

Definition definitionOf(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return {QStringLiteral("ui/language"), QString()};
    case Settings::Key::ServerUrl:
        return {QStringLiteral("sync/serverUrl"), QUrl(QStringLiteral("https://api.okpay.example"))};
    case Settings::Key::Theme:
        return {QStringLiteral("ui/theme"), QStringLiteral("system")};
    case Settings::Key::LastUser:
        return {QStringLiteral("account/lastUser"), QString()};
    case Settings::Key::WindowGeometry:
        return {QStringLiteral("ui/windowGeometry"), QByteArray()};
    case Settings::Key::ChatWindowGeometry:
        return {QStringLiteral("ui/chatWindowGeometry"), QByteArray()};
    case Settings::Key::AutoLockMinutes:
        return {QStringLiteral("security/autoLockMinutes"), 15};
    }
    return {};
}

const QStringList kLanguages{QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
const QList<int> kAutoLockMinutes{0, 5, 15, 30, 60};
const QStringList kThemes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
} // namespace

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent) : QObject(parent), m_store(std::move(store)) {}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Definition d = definitionOf(key);
    return m_store->value(d.name, d.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    const Definition d = definitionOf(key);
    if (m_store->value(d.name, d.defaultValue) == value)
        return;
    m_store->setValue(d.name, value);
    emit changed(key);
}

QString Settings::language() const
{
    const QString language = value(Key::Language).toString();
    return kLanguages.contains(language) ? language : QString();  // a hand-edited file falls back to the system
}

void Settings::setLanguage(const QString &language)
{
    if (kLanguages.contains(language))
        setValue(Key::Language, language);
}

QUrl Settings::serverUrl() const
{
    if (m_serverOverride.isValid() && (m_serverOverride.scheme() == u"https" || m_serverOverride.scheme() == u"http"))
        return m_serverOverride;
    const QUrl url = value(Key::ServerUrl).toUrl();
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") ? url
                                                                                  : definitionOf(Key::ServerUrl).defaultValue.toUrl();
}

void Settings::setServerUrl(const QUrl &url)
{
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        setValue(Key::ServerUrl, url);
}

QString Settings::theme() const
{
    const QString theme = value(Key::Theme).toString();
    return kThemes.contains(theme) ? theme : kThemes.first();
}

void Settings::setTheme(const QString &theme)
{
    if (kThemes.contains(theme))
        setValue(Key::Theme, theme);
}

QString Settings::lastUser() const
{
    return value(Key::LastUser).toString();
}

void Settings::setLastUser(const QString &userId)
{
    setValue(Key::LastUser, userId);
}

QByteArray Settings::windowGeometry() const
{
    const QVariant geometry = value(Key::WindowGeometry);
    return geometry.typeId() == QMetaType::QByteArray && geometry.toByteArray().size() < 4096 ? geometry.toByteArray() : QByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::chatWindowGeometry() const
{
    const QVariant geometry = value(Key::ChatWindowGeometry);
    return geometry.typeId() == QMetaType::QByteArray && geometry.toByteArray().size() < 4096 ? geometry.toByteArray() : QByteArray();
}

void Settings::setChatWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::ChatWindowGeometry, geometry);
}

int Settings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = value(Key::AutoLockMinutes).toInt(&ok);
    return ok && kAutoLockMinutes.contains(minutes) ? minutes : definitionOf(Key::AutoLockMinutes).defaultValue.toInt();
}

void Settings::setAutoLockMinutes(int minutes)
{
    if (kAutoLockMinutes.contains(minutes))
        setValue(Key::AutoLockMinutes, minutes);
}

QList<int> Settings::autoLockChoices()
{
    return kAutoLockMinutes;
}

} // namespace okpay
