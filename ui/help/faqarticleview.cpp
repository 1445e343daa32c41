#include "ui/help/faqarticleview.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextDocument>

namespace okpay {

FaqArticleView::FaqArticleView(QWidget *parent)
    : QTextBrowser(parent), m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("faqArticleView"));
    setAccessibleName(tr("Help article"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, &FaqArticleView::follow);
}

const QStringList &FaqArticleView::appActions()
{
    static const QStringList actions{QStringLiteral("security"), QStringLiteral("balance"), QStringLiteral("topup"),
                                     QStringLiteral("withdraw"),  QStringLiteral("contact"), QStringLiteral("new-ticket"),
                                     QStringLiteral("chat"),      QStringLiteral("email"),   QStringLiteral("tickets")};
    return actions;
}

void FaqArticleView::showArticle(const FaqArticle &article)
{
    // The title becomes the heading; a heading inside the body cannot pretend to be another article's title.
    QString title = article.title;
    title.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(u'#', QStringLiteral("\\#"));
    setMarkdown(QStringLiteral("# ") + title + QStringLiteral("\n\n") + article.markdown);
    verticalScrollBar()->setValue(0);
}

void FaqArticleView::showMessage(const QString &title, const QString &text)
{
    setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

void FaqArticleView::follow(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"faq") {
        emit articleLinkActivated(url.path());
    } else if (scheme == u"app") {
        if (appActions().contains(url.path()))
            emit appActionRequested(url.path());
    } else if (m_official.isOfficial(url)) {
        m_openUrl(url);
    } else {
        emit externalLinkRefused(url);
    }
}

QVariant FaqArticleView::loadResource(int type, const QUrl &name)
{
    // Only pictures shipped with the app: an article must not make the app fetch anything from the network or disk.
    if (type == QTextDocument::ImageResource && (name.scheme() == u"qrc" || name.toString().startsWith(u":/")))
        return QTextBrowser::loadResource(type, name);
    return {};
}

} // namespace okpay
