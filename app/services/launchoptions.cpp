#include "services/launchoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace okpay {

namespace {
const QString LinkScheme = QStringLiteral("okpay");

// en, zh_CN; also the spellings people type (zh-CN, zh_cn, EN).
QString supportedLanguage(const QString &value)
{
    const QString normalised = value.trimmed().toLower().replace(u'-', u'_');
    if (normalised == u"en")
        return QStringLiteral("en");
    if (normalised == u"zh_cn" || normalised == u"zh")
        return QStringLiteral("zh_CN");
    return {};
}
} // namespace

QStringList LaunchOptions::places()
{
    return {QStringLiteral("balance"), QStringLiteral("topup"),   QStringLiteral("withdraw"),
            QStringLiteral("security"), QStringLiteral("help"),   QStringLiteral("contact"),
            QStringLiteral("email"),   QStringLiteral("tickets"), QStringLiteral("new-ticket"),
            QStringLiteral("chat")};
}

QString LaunchOptions::placeFromName(const QString &name)
{
    static const QRegularExpression article(QStringLiteral("^faq/[a-z0-9][a-z0-9-]{0,79}$"));
    const QString place = name.trimmed().toLower();
    if (places().contains(place) || article.match(place).hasMatch())
        return place;
    return {};
}

QString LaunchOptions::placeFromLink(const QUrl &link)
{
    if (!link.isValid() || link.scheme().toLower() != LinkScheme || !link.userInfo().isEmpty() || link.port() != -1)
        return {};
    // okpay:faq/x has the place in the path; okpay://faq/x has it in the host and the path.
    QString place = link.host() + link.path();
    while (place.startsWith(u'/'))
        place.remove(0, 1);
    while (place.endsWith(u'/'))
        place.chop(1);
    return placeFromName(place);
}

QString LaunchOptions::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            return supportedLanguage(arguments.at(i + 1));
        if (argument.startsWith(u"--lang="))
            return supportedLanguage(argument.mid(7));
    }
    return {};
}

std::optional<LaunchOptions> LaunchOptions::parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setApplicationDescription(tr("OKPay Wallet: balances, top-ups and withdrawals, account security, and help "
                                        "from OKPay support, offline too."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), tr("Use the OKPay server at URL (https://, or http:// on "
                                                                 "this computer) instead of the saved one."),
                                    tr("url"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Show the app in LANGUAGE: en (English) or zh_CN "
                                                                 "(Simplified Chinese) instead of the saved choice."),
                                      tr("language"));
    const QCommandLineOption open(QStringLiteral("open"), tr("Open at PLACE: %1, or faq/ARTICLE for a help article.")
                                                              .arg(places().join(QStringLiteral(", "))),
                                  tr("place"));
    parser.addOptions({server, language, open});
    parser.addPositionalArgument(QStringLiteral("link"), tr("An okpay: link to open, such as okpay:help or "
                                                            "okpay:faq/ARTICLE."),
                                 QStringLiteral("[link]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }

    LaunchOptions options;
    if (parser.isSet(server)) {
        const QUrl url(parser.value(server), QUrl::StrictMode);
        const bool local = url.host() == u"localhost" || url.host() == u"127.0.0.1" || url.host() == u"::1";
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
            || !(url.scheme() == u"https" || (url.scheme() == u"http" && local))) {
            *error = tr("--server needs an https:// address (http:// only for this computer), not \"%1\".")
                         .arg(parser.value(server));
            return std::nullopt;
        }
        options.server = url;
    }
    if (parser.isSet(language)) {
        options.language = supportedLanguage(parser.value(language));
        if (options.language.isEmpty()) {
            *error = tr("--lang can be en or zh_CN, not \"%1\".").arg(parser.value(language));
            return std::nullopt;
        }
    }
    if (parser.isSet(open)) {
        options.place = placeFromName(parser.value(open));
        if (options.place.isEmpty()) {
            *error = tr("--open can be %1 or faq/ARTICLE, not \"%2\".")
                         .arg(places().join(QStringLiteral(", ")), parser.value(open));
            return std::nullopt;
        }
    }
    const QStringList links = parser.positionalArguments();
    if (links.size() > 1) {
        *error = tr("Give one okpay: link at most.");
        return std::nullopt;
    }
    if (!links.isEmpty()) {
        // A clicked link must still open the app: a wrong one is said in the window, not on a terminal nobody sees.
        const QString place = placeFromLink(QUrl(links.first(), QUrl::StrictMode));
        if (place.isEmpty())
            options.badLink = links.first().left(200);
        else if (options.place.isEmpty())
            options.place = place;
    }
    return options;
}

} // namespace okpay
