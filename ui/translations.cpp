#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace okpay {

QLocale Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("okpayTranslator"))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const struct
    {
        QString name;
        QString dir;
    } sources[] = {
        {QStringLiteral("okpay"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("qtkeychain"), QStringLiteral("/usr/share/qt6keychain/translations")},
    };
    for (const auto &source : sources) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(QStringLiteral("okpayTranslator"));
        if (translator->load(locale, source.name, QStringLiteral("_"), source.dir))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return locale;
}

} // namespace okpay
