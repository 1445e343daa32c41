#include "ui/help/faqbrowser.h"

#include "services/helpcenter.h"
#include "ui/help/faqarticleview.h"
#include "ui/help/faqfeedbackbar.h"
#include "ui/help/faqresultdelegate.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace okpay {

namespace {
constexpr int kSearchDelayMs = 150;
constexpr int kIdRole = Qt::UserRole;

QToolButton *navButton(const QString &text, const QString &name, const QString &accessible, QStyle::StandardPixmap icon, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setAccessibleName(accessible);
    b->setToolTip(accessible);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setEnabled(false);
    return b;
}
} // namespace

FaqBrowser::FaqBrowser(HelpCenter *help, QWidget *parent)
    : QWidget(parent), m_help(help), m_locale(HelpCenter::localeFor(QLocale())), m_search(new QLineEdit(this)),
      m_listPages(new QStackedWidget(this)), m_topics(new QTreeWidget(this)), m_results(new QListWidget(this)),
      m_noResults(new QLabel(this))
{
    setObjectName(QStringLiteral("faqBrowser"));
    m_search->setObjectName(QStringLiteral("faqSearch"));
    m_search->setAccessibleName(tr("Search help articles"));
    m_search->setPlaceholderText(tr("Search help articles"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_topics->setObjectName(QStringLiteral("faqTopics"));
    m_topics->setAccessibleName(tr("Help topics"));
    m_topics->setHeaderHidden(true);
    m_topics->setRootIsDecorated(true);
    m_results->setObjectName(QStringLiteral("faqSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new FaqResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noResults->setObjectName(QStringLiteral("faqNoResults"));
    m_noResults->setWordWrap(true);
    m_noResults->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noResults->setMargin(8);
    m_listPages->addWidget(m_topics);
    m_listPages->addWidget(m_results);
    m_listPages->addWidget(m_noResults);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_listPages, 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("faqSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(buildArticlePane());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 640});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &FaqBrowser::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_results->count() > 0 && m_listPages->currentWidget() == m_results)
            openArticle(m_results->item(0)->data(kIdRole).toString());
    });
    auto openItem = [this](const QString &id) {
        if (!id.isEmpty())
            openArticle(id);
    };
    connect(m_topics, &QTreeWidget::itemClicked, this, [openItem](QTreeWidgetItem *item) { openItem(item->data(0, kIdRole).toString()); });
    connect(m_topics, &QTreeWidget::itemActivated, this, [openItem](QTreeWidgetItem *item) { openItem(item->data(0, kIdRole).toString()); });
    connect(m_results, &QListWidget::itemClicked, this, [openItem](QListWidgetItem *item) { openItem(item->data(kIdRole).toString()); });
    connect(m_results, &QListWidget::itemActivated, this, [openItem](QListWidgetItem *item) { openItem(item->data(kIdRole).toString()); });
    connect(m_help, &HelpCenter::articlesChanged, this, [this] {
        reloadTopics();
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
        if (!currentArticle().isEmpty())
            presentArticle(currentArticle());
    });
    connect(m_help, &HelpCenter::feedbackChanged, this,
            [this](const QString &id, HelpCenter::FeedbackState state, const QString &reason) {
                if (id == currentArticle())
                    m_feedback->showState(state, reason);
            });
    reloadTopics();
    presentArticle(QString());
}

QWidget *FaqBrowser::buildArticlePane()
{
    auto *pane = new QWidget(this);
    m_back = navButton(tr("Back"), QStringLiteral("faqBack"), tr("Previous article"), QStyle::SP_ArrowBack, pane);
    m_forward = navButton(tr("Forward"), QStringLiteral("faqForward"), tr("Next article"), QStyle::SP_ArrowForward, pane);
    m_place = new QLabel(pane);
    m_place->setObjectName(QStringLiteral("faqArticlePlace"));
    m_place->setTextFormat(Qt::PlainText);
    m_linkWarning = new QLabel(pane);
    m_linkWarning->setObjectName(QStringLiteral("faqLinkWarning"));
    m_linkWarning->setTextFormat(Qt::PlainText);
    m_linkWarning->setWordWrap(true);
    m_linkWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px; }"));
    m_linkWarning->hide();
    m_view = new FaqArticleView(pane);
    m_related = new QLabel(pane);
    m_related->setObjectName(QStringLiteral("faqRelated"));
    m_related->setAccessibleName(tr("Related articles"));
    m_related->setTextFormat(Qt::RichText);
    m_related->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_related->setWordWrap(true);
    m_feedback = new FaqFeedbackBar(pane);
    m_contact = new QPushButton(tr("Still need help? Contact us"), pane);
    m_contact->setObjectName(QStringLiteral("faqContact"));
    m_contact->setAccessibleName(tr("Still need help? Contact us"));

    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addWidget(m_forward);
    nav->addSpacing(12);
    nav->addWidget(m_place, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_feedback);
    bottom->addStretch(1);
    bottom->addWidget(m_contact);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(nav);
    layout->addWidget(m_linkWarning);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_related);
    layout->addLayout(bottom);

    connect(m_back, &QToolButton::clicked, this, &FaqBrowser::goBack);
    connect(m_forward, &QToolButton::clicked, this, &FaqBrowser::goForward);
    connect(m_view, &FaqArticleView::articleLinkActivated, this, &FaqBrowser::openArticle);
    connect(m_view, &FaqArticleView::appActionRequested, this, &FaqBrowser::appActionRequested);
    connect(m_view, &FaqArticleView::externalLinkRefused, this, [this](const QUrl &url) {
        m_linkWarning->setText(tr("This link was not opened because it does not lead to an official OKPay website: %1")
                                   .arg(url.toDisplayString().left(200)));
        m_linkWarning->show();
    });
    connect(m_related, &QLabel::linkActivated, this, [this](const QString &link) { openArticle(QUrl(link).path()); });
    connect(m_feedback, &FaqFeedbackBar::answered, this, [this](bool helpful, const QString &comment) {
        if (!m_help->sendFeedback(currentArticle(), helpful, comment))
            m_feedback->showState(HelpCenter::FeedbackState::Failed, tr("it cannot be saved on this computer."));
    });
    connect(m_contact, &QPushButton::clicked, this, &FaqBrowser::contactRequested);
    return pane;
}

void FaqBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshed) {
        m_refreshed = true;
        m_help->refresh();  // the bundled or cached copy shows now; the server's newer articles replace it when they arrive
    }
}

void FaqBrowser::setLocale(const QString &locale)
{
    const QString normal = locale == u"zh_CN" ? locale : QStringLiteral("en");
    if (normal == m_locale)
        return;
    m_locale = normal;
    m_history.clear();
    reloadTopics();
    runSearch();
    presentArticle(QString());
}

void FaqBrowser::reloadTopics()
{
    m_topics->clear();
    QTreeWidgetItem *category = nullptr;
    QString categoryId;
    const QList<FaqEntry> entries = m_help->articles(m_locale);
    for (const FaqEntry &entry : entries) {
        if (!category || entry.category != categoryId) {
            categoryId = entry.category;
            category = new QTreeWidgetItem(m_topics, {entry.categoryTitle});
            category->setFlags(Qt::ItemIsEnabled);
            QFont bold = category->font(0);
            bold.setBold(true);
            category->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(category, {entry.title});
        item->setData(0, kIdRole, entry.id);
        item->setToolTip(0, entry.title);
    }
    m_topics->expandAll();
    if (entries.isEmpty() && m_search->text().trimmed().isEmpty()) {
        m_noResults->setText(tr("The help articles cannot be shown right now. You can still contact us."));
        m_listPages->setCurrentWidget(m_noResults);
    } else if (m_search->text().trimmed().isEmpty()) {
        m_listPages->setCurrentWidget(m_topics);
    }
}

void FaqBrowser::runSearch()
{
    m_searchDelay.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        reloadTopics();
        return;
    }
    m_results->clear();
    for (const FaqSearchResult &result : m_help->search(text, m_locale, 30)) {
        auto *item = new QListWidgetItem(result.entry.title, m_results);
        item->setData(kIdRole, result.entry.id);
        item->setData(FaqResultDelegate::TitleHtmlRole, result.titleHtml);
        item->setData(FaqResultDelegate::SnippetHtmlRole, result.snippetHtml);
        item->setData(FaqResultDelegate::CategoryTitleRole, result.entry.categoryTitle);
        item->setData(Qt::AccessibleTextRole, result.entry.title);
    }
    if (m_results->count() > 0) {
        m_listPages->setCurrentWidget(m_results);
    } else {
        m_noResults->setText(tr("No articles match “%1”. Try other words, or contact us.").arg(text));
        m_listPages->setCurrentWidget(m_noResults);
    }
}

void FaqBrowser::openArticle(const QString &id)
{
    if (id.isEmpty())
        return;
    m_history.visit(id);
    presentArticle(id);
}

void FaqBrowser::goBack()
{
    if (m_history.canGoBack())
        presentArticle(m_history.back());
}

void FaqBrowser::goForward()
{
    if (m_history.canGoForward())
        presentArticle(m_history.forward());
}

void FaqBrowser::presentArticle(const QString &id)
{
    m_linkWarning->hide();
    const auto article = id.isEmpty() ? std::nullopt : m_help->article(id, m_locale);
    m_related->setVisible(article.has_value());
    m_feedback->setVisible(article.has_value());
    if (!article) {
        m_place->clear();
        if (id.isEmpty())
            m_view->showMessage(tr("Help center"), tr("Choose a topic on the left, or type a few words in the search box."));
        else
            m_view->showMessage(tr("Article not found"),
                                tr("This article is not in the help on this computer. Search for the topic, or contact us."));
        updateNavigation();
        return;
    }
    m_view->showArticle(*article);
    m_place->setText(article->updatedAt.isValid()
                         ? tr("%1 · Updated %2").arg(article->categoryTitle, QLocale().toString(article->updatedAt.date(), QLocale::ShortFormat))
                         : article->categoryTitle);
    QString related;
    for (const FaqEntry &entry : m_help->related(article->id, m_locale, 4))
        related += QStringLiteral("<br><a href=\"faq:%1\">%2</a>").arg(entry.id.toHtmlEscaped(), entry.title.toHtmlEscaped());
    m_related->setText(related.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(tr("Related articles").toHtmlEscaped()) + related);
    m_related->setVisible(!related.isEmpty());
    m_feedback->reset();
    // Show where the article sits in the topics, without opening it a second time.
    const auto items = m_topics->findItems(article->title, Qt::MatchExactly | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : items)
        if (item->data(0, kIdRole).toString() == article->id)
            m_topics->setCurrentItem(item);
    updateNavigation();
}

void FaqBrowser::updateNavigation()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

} // namespace okpay
