//! The pattern library: theme templates that recur across sites word for word (共计N个字,
//! 预计阅读时长N分钟, 加入收藏, 微信扫码分享, 上一篇/下一篇, 版权所有, ICP备, 网站标识码, 首页 >, …).
//!
//! Each rule has an id (reported in the `reason` of what it removes), the kind of boilerplate it finds
//! and a strength. A pattern alone never removes a line that reads as running text in the middle of
//! the body (an article may quote a 来源 or a phone number): the classifier weighs the pattern with
//! the line's features and position.

use crate::model::BoilerplateKind as K;
use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// How much a pattern hit says on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Decides a line that does not read as a sentence, wherever it stands.
    Strong,
    /// Decides only in the head or tail zone, or next to other boilerplate.
    Edge,
}

/// One rule of the library.
pub struct Rule {
    /// Stable id, used in `reason`.
    pub id: &'static str,
    /// What the rule finds.
    pub kind: K,
    /// How much the rule decides on its own.
    pub strength: Strength,
    pattern: &'static str,
}

macro_rules! rules {
    ($( $id:literal, $kind:ident, $strength:ident, $pat:literal; )*) => {
        &[ $( Rule { id: $id, kind: K::$kind, strength: Strength::$strength, pattern: $pat }, )* ]
    };
}

/// The rules, in priority order: the first that matches names the line's kind.
pub static RULES: &[Rule] = rules! {
    "markup_comment", Markup, Strong, r"^<!--.*-->$|^<!--|-->$";
    "markup_tag", Markup, Strong, r"^</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>$|^\{[^{}]*:[^{}]*\}$|^(var|function|document\.|window\.)\b";
    "gov_header", Metadata, Strong, r"^(索\s*引\s*号|主\s*题\s*分\s*类|发\s*文\s*机\s*关|成\s*文\s*日\s*期|发\s*文\s*字\s*号|发\s*布\s*日\s*期|主\s*题\s*词|标\s*题|文\s*号|有\s*效\s*性|体\s*裁\s*分\s*类|组\s*配\s*分\s*类)\s*[：:]";
    "counter_reading", Counter, Strong, r"共计\s*\d+\s*个?字|预计阅读(时长|时间)?|阅读(时长|时间)\s*[：:]?\s*\d|\d+\s*字\s*阅读\s*\d+\s*分|阅读\s*\d+\s*分钟?\d*秒?$";
    "counter_views", Counter, Strong, r"(\d+(\.\d+)?\s*[kKwW万千]?)\s*(次浏览|浏览|次阅读|人阅读|阅读量|人看过|次播放|次点击|人围观)|(浏览|阅读|点击|访问|人气)(量|数|次数|次)?\s*[：:]\s*\d+|已关闭评论";
    "share_widget", Share, Strong, r"分享到|一键分享|微信扫码|扫一扫|扫码(分享|关注|阅读|领取|下载)|加入收藏|收藏本(页|站|文)|打印(本页|此页|文章)|关闭(窗口|本页)|【?\s*字[体号]\s*[：:]?\s*【?\s*大\s*】?\s*【?\s*中\s*】?\s*【?\s*小|返回顶部|回到\s*顶部|^TOP$|^(分享|收藏|点赞|转发|打印|关闭)([\s|｜/、]+(分享|收藏|点赞|转发|打印|关闭|复制链接))*$|在手机(上)?打开|手机(版|浏览)";
    "nav_prev_next", Navigation, Strong, r"^(上一篇|下一篇|上一页|下一页|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[：:]?|(上一篇|下一篇)$";
    "nav_breadcrumb", Navigation, Strong, r"^(首页|主页|网站首页)\s*([>»›/→]|$)|^(首页|网站首页)[^，。]{0,40}$|(当前位置|您的位置|你的位置|您现在的位置)\s*[：:]|[>»›]\s*正文\s*$";
    "nav_site_links", Navigation, Strong, r"(网站地图|联系我们|关于我们|网站声明|网站纠错|隐私政策|免责声明|使用帮助|意见反馈|加入我们|友情链接)";
    "copyright", Copyright, Strong, r"版权所有|[Cc]opyright|©|\([Cc]\)\s*\d{4}|ICP\s*备|ICP证|公网安备|网站标识码|备案号|Powered by|All [Rr]ights [Rr]eserved|主办单位\s*[：:]|承办单位\s*[：:]|运行维护单位|技术支持\s*[：:]|未经授权.{0,10}(转载|复制)|转载请注明";
    "related_header", Related, Strong, r"^(精选图文|相关阅读|相关推荐|热门推荐|相关文章|猜你喜欢|延伸阅读|推荐阅读|相关稿件|热门文章|最新文章|热门标签|相关新闻|推荐文章|相关链接|热点推荐|热门阅读|精彩推荐|为您推荐|大家都在看|相关资讯|最新资讯|热门资讯|更多阅读|更多文章|热文推荐|往期回顾|往期推荐)\s*[：:>》]?$";
    "comment", Comment, Strong, r"发表评论|网友评论|我要评论|评论\s*\(\d+\)|\d+\s*条评论|^(评论|留言|写评论|回复)$|^我要纠错|【我要纠错】";
    "end_marker", Markup, Strong, r"^[-—－_=*\s]*(END|End|完|全文完)[-—－_=*\s]*$";
    "tags", Metadata, Strong, r"^(Tags?|TAGS?|标签|关键词|关键字|本文标签|热门标签)\s*[：:]";
    "meta_label", Metadata, Edge, r"^(来源|作者|文章来源|稿源|出处|信息来源|责任编辑|编辑|审核|校对|终审|初审|发布时间|发布日期|更新时间|时间|日期|发布者|发布人|发表时间|录入|供稿|撰稿|摄影|图片来源|文\s*[/／]|浏览次数|点击数|字号)\s*[：:]|责任编辑\s*[：:]?|^来源\s*[:：]?\s*\S";
    "byline_share", Metadata, Strong, r"^\S{1,20}\s+(分享|发布于|发表于)\s+(时间|日期)?\s*[:：]?";
    "call_to_action", Advertisement, Strong, r"领取福利|免费领取|立即领取|(下载|安装)\s*(客户端|APP|App|app)|扫码下载|关注(我们|公众号|微信公众号|官方微信)|长按(识别|二维码|关注)|点击(这里|此处|查看|进入|下载|阅读原文)|阅读原文|立即(咨询|购买|报名|下载|注册)|在线咨询|免费咨询|免费试听|广告$|^广告|^推广";
    "photo_credit", Metadata, Edge, r"(记者|摄影|摄|图|图片|供图)\s*[：:／/]?\s*[\p{Han}·]{2,8}\s*摄$|^(图|图片|图片来源|摄影)\s*[：:／/]";
    "contact", Contact, Edge, r"(电话|手机|热线|联系方式|咨询电话|服务热线|客服|传真|邮箱|E-?mail|QQ|微信号?)\s*[：:]?\s*[\d+（(]|\d{3,4}[-－—]\d{7,8}|1[3-9]\d{9}|@[a-zA-Z0-9-]+\.[a-z]{2,}";
    "site_banner", Banner, Edge, r"(?i)https?://|www\.|[a-z0-9-]+\.(com|cn|net|org|gov\.cn|edu\.cn|com\.cn|top|xyz|cc|info)\b|(网|站)\s*[—–-]{1,2}\s*专注|专注.{2,20}(范文|写作|服务)";
};

static SET: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(RULES.iter().map(|r| r.pattern)).expect("the pattern library compiles")
});

/// The first rule that matches `text`, if any.
pub fn find(text: &str) -> Option<&'static Rule> {
    let m = SET.matches(text);
    m.iter().next().map(|i| &RULES[i])
}

/// A line that is only widget residue: a bare number, a bare timestamp, or only symbols.
pub fn is_residue(text: &str) -> bool {
    static RESIDUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{1,9}|\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?|\d{1,2}:\d{2}(:\d{2})?|[\p{P}\p{S}\s]+)$").expect("residue regex")
    });
    RESIDUE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_theme_templates() {
        let cases: &[(&str, &str)] = &[
            ("admin 分享 时间: 加入收藏 共计2276个字,预计阅读时长8分钟。", "counter_reading"),
            ("861 浏览 3572字阅读11分54秒", "counter_views"),
            ("微信扫码分享", "share_widget"),
            ("【字体：大 中 小】", "share_widget"),
            ("上一篇：营销心理学", "nav_prev_next"),
            ("有利网安全性如何？是否还值得投资下一篇", "nav_prev_next"),
            ("首页 > 新闻 > 正文", "nav_breadcrumb"),
            ("版权所有：中国政府网　中文域名：中国政府网.政务", "copyright"),
            ("网站标识码bm01000001　京ICP备05070218号", "copyright"),
            ("精选图文", "related_header"),
            ("相关稿件", "related_header"),
            ("领取福利", "call_to_action"),
            ("<!-- INFO END -->", "markup_comment"),
            ("索 引 号：\t000014349/2019-00005", "gov_header"),
            ("标\u{3000}\u{3000}题：\t国务院关于印发", "gov_header"),
            ("SUCAI198.COM —— 专注党建行政公文写作范文", "site_banner"),
            ("-END-", "end_marker"),
            ("Tags: 范文 讲话", "tags"),
            ("责任编辑：宋岩", "meta_label"),
        ];
        for (line, id) in cases {
            assert_eq!(find(line).map(|r| r.id), Some(*id), "should match {line}");
        }
    }

    #[test]
    fn should_leave_body_text_alone() {
        for line in [
            "今年全国两会,习近平总书记三下团组,三次谈及新质生产力。",
            "第一、通盘谋划,注重顶层设计。",
            "国发〔2019〕4号",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        ] {
            assert_eq!(find(line).map(|r| r.id), None, "should not match {line}");
        }
    }

    #[test]
    fn should_see_residue() {
        assert!(is_residue("221381"));
        assert!(is_residue("30 16:18:34"));
        assert!(is_residue("|"));
        assert!(!is_residue("第一章"));
    }
}
