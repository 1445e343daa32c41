#pragma once
#include "services/faqarticle.h"
#include "services/officiallinks.h"

#include <QTextBrowser>
#include <functional>

namespace okpay {

// One FAQ article rendered from its Markdown. Links are never followed blindly: faq: links and app: actions are
// reported to the browser, https links open in the system browser only for OKPay's official domains (others are
// refused and reported), and images load only from the app's resources.
class FaqArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit FaqArticleView(QWidget *parent = nullptr);
    void showArticle(const FaqArticle &article);
    void showMessage(const QString &title, const QString &text);  // empty and error states
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }  // QDesktopServices::openUrl by default
    static const QStringList &appActions();  // security, balance, topup, withdraw, contact, new-ticket, chat, email, tickets

signals:
    void articleLinkActivated(const QString &id);
    void appActionRequested(const QString &action);
    void externalLinkRefused(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void follow(const QUrl &url);
    OfficialLinks m_official;
    UrlOpener m_openUrl;
};

} // namespace okpay
