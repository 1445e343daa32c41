#include "services/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> store(const QString &name = QStringLiteral("s.ini"))
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private slots:
    void hasDefaults()
    {
        Settings settings(store(QStringLiteral("defaults.ini")));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QCOMPARE(settings.serverUrl().scheme(), QStringLiteral("https"));
    }
    void persistsAndSignalsChanges()
    {
        {
            Settings settings(store(QStringLiteral("persist.ini")));
            QSignalSpy spy(&settings, &Settings::changed);
            settings.setLanguage(QStringLiteral("zh_CN"));
            settings.setLanguage(QStringLiteral("zh_CN"));  // unchanged: no second signal
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::Language);
        }
        Settings reopened(store(QStringLiteral("persist.ini")));
        QCOMPARE(reopened.language(), QStringLiteral("zh_CN"));
    }
    void ignoresInvalidValues()
    {
        Settings settings(store(QStringLiteral("invalid.ini")));
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setLanguage(QStringLiteral("klingon"));
        settings.setTheme(QStringLiteral("neon"));
        settings.setServerUrl(QUrl(QStringLiteral("ftp://example.com")));
        settings.setServerUrl(QUrl(QStringLiteral("::not a url")));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
    }
    void commandLineServerIsNotSaved()
    {
        {
            Settings settings(store(QStringLiteral("override.ini")));
            settings.overrideServerUrl(QUrl(QStringLiteral("http://127.0.0.1:45000")));
            QCOMPARE(settings.serverUrl().port(), 45000);
        }
        Settings next(store(QStringLiteral("override.ini")));
        QCOMPARE(next.serverUrl().scheme(), QStringLiteral("https"));  // back to the saved default
    }
    void handEditedFileFallsBackToDefaults()
    {
        {
            QSettings raw(m_dir.filePath(QStringLiteral("edited.ini")), QSettings::IniFormat);
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("../../x"));
            raw.setValue(QStringLiteral("ui/theme"), 42);
            raw.setValue(QStringLiteral("sync/serverUrl"), QStringLiteral("javascript:alert(1)"));
        }
        Settings settings(store(QStringLiteral("edited.ini")));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QCOMPARE(settings.serverUrl().scheme(), QStringLiteral("https"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
