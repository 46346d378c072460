//! The pattern library: theme templates that recur across sites word for word (共计N个字,
//! 预计阅读时长N分钟, 加入收藏, 微信扫码分享, 上一篇/下一篇, 版权所有, ICP备, 网站标识码, 首页 >, …).
//!
//! Each rule has an id (reported in the `reason` of what it removes), the kind of boilerplate it finds
//! and a strength. A pattern alone never removes a line that reads as running text in the middle of
//! the body (an article may quote a 来源 or a phone number): the classifier weighs the pattern with
//! the line's features and position.

use crate::model::BoilerplateKind as K;
use regex::Regex;
use std::sync::LazyLock;

/// How much a pattern hit says on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Decides any line that is not a long paragraph, wherever it stands: the template is never article
    /// text (`<!-- … -->`, ICP备, 【打印本页】, `-END-`, a bracketed photo credit).
    Certain,
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
    /// Whether the rule marks the end of the article when it stands after the body (previous/next
    /// links, related lists, comments, share bars, copyright, `-END-`).
    pub ends_article: bool,
    /// Literals of which every match holds at least one (compared ASCII-case-insensitively): the
    /// prefilter runs the rule's regex only on lines that hold one of them.
    triggers: &'static [&'static str],
    pattern: &'static str,
}

macro_rules! rules {
    ($( $id:literal, $kind:ident, $strength:ident, $ends:literal, [$($t:literal),*], $pat:literal; )*) => {
        &[ $( Rule { id: $id, kind: K::$kind, strength: Strength::$strength, ends_article: $ends, triggers: &[$($t),*], pattern: $pat }, )* ]
    };
}

/// The rules, in priority order: the first that matches names the line's kind.
pub static RULES: &[Rule] = rules! {
    "markup_comment", Markup, Certain, false, ["<!--", "-->"], r"^<!--.*-->$|^<!--|-->$";
    "markup_tag", Markup, Certain, false, ["<", "{", "var", "function", "document.", "window."], r"^</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>$|^\{[^{}]*:[^{}]*\}$|^(var|function|document\.|window\.)\b";
    "gov_header", Metadata, Strong, false, ["：", ":", "\t"], r"^(索\s*引\s*号|主\s*题\s*分\s*类|发\s*文\s*机\s*关|成\s*文\s*日\s*期|发\s*文\s*字\s*号|发\s*布\s*日\s*期|主\s*题\s*词|标\s*题|文\s*号|有\s*效\s*性|体\s*裁\s*分\s*类|组\s*配\s*分\s*类)\s*[：:]|^(索\s*引\s*号|发布机构|公文种类|主题分类|文\s*号|发文字号|成文日期|发布日期|发文机关|有\s*效\s*性)\t";
    "counter_reading", Counter, Strong, false, ["字", "阅读", "读完"], r"共计\s*\d+\s*个?字|预计阅读(时长|时间)?|阅读(时长|时间)\s*[：:]?\s*\d|\d+\s*字\s*阅读\s*\d+\s*分|阅读\s*\d+\s*分钟?\d*秒?$|全文共?\s*\d+\s*字|读完(约需|需要|约)?\s*\d+\s*分钟";
    "counter_views", Counter, Strong, false, ["浏览", "阅读", "人看过", "播放", "点击", "围观", "访问", "人气", "评论", "在看", "赞", "收藏", "转发", "喜欢", "分享", "已下载", "下载次数"], r"(\d+(\.\d+)?\s*[kKwW万千]?)\s*(次浏览|浏览|次阅读|人阅读|阅读量|阅读|人看过|次播放|次点击|人围观)|(浏览|阅读|点击|访问|人气|围观|播放)(量|数|次数|次)?\s*[：:]?\s*\d[\d,]*(\.\d+)?\s*[kKwW万千]?\s*次?(\s|$)|已关闭评论|^在看\s*\d+$|^(点赞|在看|赞同|赞|收藏|转发|评论)\s*\d+(\.\d+)?\s*[万千kKwW]?(\s+(点赞|在看|赞同|赞|收藏|转发|评论)\s*\d+(\.\d+)?\s*[万千kKwW]?)*$|已下载\s*\d+\s*次|下载次数|((点赞|收藏|喜欢|赞同|评论|转发|分享)\s*[：:]?\s*\d+(\.\d+)?[万kK]?\D*){2,}$|^\d[\d,]*(\.\d+)?\s*[万千kKwW]?\s*人(赞同|点赞|喜欢|收藏)了?(该|这篇)?(文章|回答)?$";
    "datetime_line", Metadata, Strong, false, [":"], r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(:\d{2})?$";
    "share_widget", Share, Certain, true, ["分享", "微信", "扫", "收藏", "打印", "关闭", "字体", "字号", "顶部", "TOP", "转发", "点赞", "复制链接", "手机", "【", "帮助", "赞同", "反对", "举报", "评论", "a+", "a-", "a＋", "a－", "分享", "微博", "qq", "播报", "编辑", "讨论", "举报"], r"分享到|一键分享|微信扫码|扫一扫|请?扫描(下方|上方|左侧|右侧|此|本)?(二维码|条码|条形码)?(以|可|即可)?(查询|验证|关注|下载|查看|阅读|购买|进入)|扫码(分享|关注|阅读|领取|下载)|加入收藏|收藏本(页|站|文)|打印(本页|此页|文章)|关闭(窗口|本页)|【?\s*字[体号]\s*[：:]?\s*【?\s*大\s*】?\s*【?\s*中\s*】?\s*【?\s*小|返回顶部|回到\s*顶部|^TOP$|^(分享|收藏|点赞|转发|打印|关闭)([\s|｜/、]+(分享|收藏|点赞|转发|打印|关闭|复制链接))*$|在手机(上)?打开|手机(版|浏览)|^(【\s*(打印|关闭|收藏|纠错|我要纠错|分享|字体|字号|大|中|小|返回|顶部|返回顶部|打印本页|关闭窗口|打印此页|加入收藏|推荐|评论|发表评论|复制链接|推荐给朋友|下载|保存)[^】]{0,4}】\s*)+$|有帮助\s*[（(]\d+[)）]|没帮助|^(赞同|反对|举报|收藏|分享|评论)(\s*[（(]?\d*[)）]?\s*(赞同|反对|举报|收藏|分享|评论|感谢))+\s*$|^(A\+|A-|A＋|A－)$|^分享[：:]$|分享给(朋友|好友)|^((微信|微博|QQ空间|QQ|朋友圈|复制链接|豆瓣|抖音|今日头条|人人网)[\s\u{3000}/|｜、]*){2,}$|^(播报|编辑|讨论|上传视频|收藏|分享|纠错|举报)([\s\u{3000}]+(播报|编辑|讨论|上传视频|收藏|分享|纠错|举报))+$|^举报\s*[/／|｜]\s*(反馈|投诉)$";
    "nav_prev_next", Navigation, Strong, true, ["上一", "下一", "上篇", "下篇", "前一篇", "后一篇"], r"^[«‹<\s]*(上一篇|下一篇|上一页|下一页|上一条|下一条|上篇|下篇|前一篇|后一篇)\s*[：:]?|(上一篇|下一篇)$";
    "nav_breadcrumb", Navigation, Strong, false, ["首页", "主页", "位置", ">", "»", "›"], r"^(首页|主页|网站首页)\s*([>»›/→|｜]|$)|^(首页|网站首页)[^，。]{0,40}$|(当前位置|您的位置|你的位置|您现在的位置|现在位置)\s*[：:]|[>»›]\s*正文\s*$|^[^，。>]{1,12}(\s*[>»›]\s*[^，。>]{1,12}){2,}$";
    "nav_menu", Navigation, Strong, false, ["|", "｜", " ", "\u{3000}", "\t", "\u{a0}", "\u{2002}", "\u{2003}", "\u{2028}", "\u{2009}", "\u{200a}"], r"^[^，。：:]{1,8}(\s*[|｜]\s*[^，。：:|｜]{1,8}){3,}$|^[\p{Han}A-Za-z]{1,6}([\s\u{3000}]+[\p{Han}A-Za-z]{1,6}){5,}$";
    "nav_site_links", Navigation, Strong, true, ["网站地图", "联系我们", "关于我们", "网站声明", "网站纠错", "隐私政策", "免责声明", "使用帮助", "意见反馈", "加入我们", "友情链接", "用户协议", "举报中心"], r"(网站地图|联系我们|关于我们|网站声明|网站纠错|隐私政策|免责声明|使用帮助|意见反馈|加入我们|友情链接|用户协议|举报中心)";
    "search_login", Navigation, Strong, false, ["关键", "搜索", "我要提问", "登录", "注册"], r"(请输入关键[词字]|搜索你想|站内搜索|^搜索$|^搜索\p{Han}{1,8}([/、|｜]\p{Han}{1,6})+$|^搜索(经验|文章|商品|内容|问题|全站|本站)$|我要提问|^登录\s*[|｜/]?\s*注册$|(登录|注册)\s*[|｜]\s*(登录|注册))";
    "copyright", Copyright, Certain, true, ["版权", "copyright", "©", "(c)", "ICP", "公网安备", "网站标识码", "备案号", "powered", "rights", "主办", "承办", "运行维护", "技术支持", "未经", "转载", "本站", "侵权", "仅供", "分辨率", "theme by", "wordpress", "风险提示", "免责声明", "投资", "本词条", "本文由", "本页由"], r"版权所有|[Cc]opyright|©|\([Cc]\)\s*\d{4}|ICP\s*[备证]|公网安备|网站标识码|备案号|Powered by|All [Rr]ights [Rr]eserved|(主办|承办)单位?\s*[：:][^：:]{2,40}?[\s\u{3000}]((主办|承办|协办|运行维护|建设|管理)单位|技术支持|网站标识码|ICP|地址|电话|联系电话|邮编)|运行维护单位|技术支持\s*[：:]|未经(授权|许可).{0,10}(转载|复制|使用)|转载请注明|本站(部分|所有)?.{0,12}(投稿|转载|侵权|删除)|如有侵权|仅供(学习|参考)交流|分辨率.{0,12}浏览器|Theme by|WordPress|^风险提示\s*[：:]|免责声明\s*[：:]|不构成(任何)?投资建议|投资需谨慎|^本(词条|文|页)由.{0,30}(审核|提供|编辑|整理)";
    "related_header", Related, Strong, true, ["相关", "推荐", "热门", "猜你", "延伸", "精选", "最新", "热点", "精彩", "为您", "大家都在看", "更多", "热文", "往期", "文章归档", "同类"], r"^(精选图文|相关阅读|相关推荐|热门推荐|相关文章|猜你喜欢|延伸阅读|推荐阅读|相关稿件|热门文章|最新文章|热门标签|相关新闻|推荐文章|相关链接|热点推荐|热门阅读|精彩推荐|为您推荐|大家都在看|相关资讯|最新资讯|热门资讯|更多阅读|更多文章|热文推荐|往期回顾|往期推荐|文章归档|(相关|推荐|热门|同类|最新|精选|热点|往期)[\p{Han}]{1,4})\s*[：:>》]?$";
    "comment", Comment, Strong, true, ["评论", "留言", "回复", "纠错", "回答", "答案", "咨询", "提问"], r"^我(也)?要(咨询|回答|提问|回复)$|^我来回答$|^写回答$|^[\p{Han}]{0,4}(回答|回复)\s*[（(]\d+[)）]$|发表评论|网友评论|我要评论|全部评论|评论区|精彩留言|写留言|评论\s*[（(]\d+[)）]|\d+\s*条评论|^(评论|留言|写评论|回复)$|^我要纠错|【我要纠错】|【纠错】|^(其他|更多|全部)(回答|评论|答案)\s*[（(]?\d*[)）]?$|^查看(更多|更早|全部)\s*\d*\s*个?的?(评论|回答|回复)|^热门评论$|^回复\s*\S+[：:]";
    "reply_floor", Comment, Strong, true, ["沙发", "板凳", "地板", "地下室", "楼"], r"^(沙发|板凳|地板|地下室)([\s　:：]|$)|^(第\s*)?\d{1,5}\s*楼$";
    "entry_widgets", Share, Strong, false, ["播报", "编辑"], r"^(播报|编辑)$";
    "ip_location", Metadata, Strong, false, ["IP属地"], r"IP属地\s*[：:]\s*[\p{Han}A-Za-z]{2,10}\s*$";
    "post_client", Metadata, Strong, false, ["来自"], r"^来自\s*[\p{Han}A-Za-z0-9 ]{0,16}(客户端|App|APP|app|iPhone|Android|安卓|网页版|手机版|iPad)[\p{Han}A-Za-z0-9 ]{0,10}$";
    "reply_widgets", Comment, Strong, true, ["回复", "举报", "点赞", "引用"], r"^((回复|举报|点赞|引用|收藏|分享|评论|支持|反对)\s*[（(]?\d*[)）]?[\s　]*){2,}$|^(发表回复|快速回复|我要回复|回复帖子|回复本帖)$";
    "answer_label", Metadata, Strong, false, ["答案", "回答"], r"^(最佳答案|推荐答案|满意答案|采纳答案|专业回答|精选回答)$";
    "end_marker", Markup, Certain, true, ["end", "完"], r"^[-—－_=*\s]*(END|End|完|全文完)[-—－_=*\s]*$|^[（(](完|全文完)[）)]$";
    "tags", Metadata, Strong, true, ["tag", "标签", "关键词", "关键字", "词条"], r"^(Tags?|TAGS?|标签|关键词|关键字|本文标签|热门标签)\s*[：:]|^(词条标签|文章标签|词条统计|词条统计数据)\s*[：:]?$|^文章标签\s*[：:]";
    "hashtags", Metadata, Strong, false, ["#"], r"^(#[^\s#]{1,20}#?[\s\u{3000}]*){2,}$";
    "link_line", Navigation, Strong, true, ["链接", "地址"], r"^(本文链接|原文链接|文章链接|本文地址|原文地址|转载地址)\s*[：:]";
    "photo_credit", Metadata, Certain, false, ["摄"], r"^[（(].*(记者|摄影|图\s*[/／]|供图)\s*[\p{Han}·\s]{2,12}\s*摄\s*[）)]$|^[（(]图[为片]?[：:／/].*摄[）)]$";
    "photo_source", Metadata, Strong, false, ["图片来源", "图源", "图片来自", "配图来源", "图片素材"], r"^[（(]?\s*(图片来源|图源|图片来自|配图来源|图片素材来源|图片素材)\s*[：:丨|｜]?\s*[^，。；！？,;!?]{1,24}?\s*[）)]?$";
    "editor_line", Metadata, Strong, true, ["责任编辑"], r"^[（(【\[]?\s*责任编辑\s*[：:]";
    "credit_line", Metadata, Strong, true, ["丨", "|", "｜"], r"^(来源|文字|文|图片|图|摄影|视频|编辑|责编|美编|排版|设计|审核|初审|复审|终审|审核发布|供稿|供图|撰稿|校对|统筹|策划)\s*[丨|｜]\s*\S";
    "meta_label", Metadata, Edge, false, ["：", ":", "|", "｜", "来源", "原创", "转载", "以下文章", "责任编辑"], r"^(来源|作者|文章来源|稿源|出处|信息来源|责任编辑|编辑|审核|校对|终审|初审|发布时间|发布日期|更新时间|发布者|发布人|发表时间|录入|供稿|撰稿|摄影|图片来源|文\s*[/／]|浏览次数|点击数|字号|投稿人|提问者|回答者|楼主|上传者|上传时间|上传日期|文档贡献者|贡献者|作者)\s*[：:|｜]|责任编辑\s*[：:]?|^来源\s*[:：]?\s*\S|^(原创|转载)\s+\S|^以下文章来源于";
    "byline_share", Metadata, Strong, false, ["分享", "发布于", "发表于", "修改于", "编辑于", "更新于"], r"^\S{1,20}\s+(分享|发布于|发表于)\s+(时间|日期)?\s*[:：]?|^(发表于|发布于)\s*\d{4}|^(修改于|编辑于|更新于)\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?(\s+.{1,20})?$|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*(发布于|发表于)\s*[\p{Han}A-Za-z]{0,20}$";
    "blog_widgets", Share, Certain, false, ["登录后复制", "专栏", "订阅", "分类专栏", "版权声明"], r"^登录后复制$|^订阅专栏$|专栏收录该内容$|^\d+\s*篇文章\s*\d+\s*订阅$|^分类专栏\s*[：:]|^版权声明\s*[：:]\s*本文为博主原创";
    "call_to_action", Advertisement, Strong, true, ["领取", "下载", "安装", "关注", "长按", "点击", "阅读原文", "立即", "咨询", "试听", "广告", "推广"], r"领取福利|免费领取|下载本文档|(VIP|会员)\s*免费下载|^免费下载$|立即领取|(下载|安装)\s*(客户端|APP|App|app)|扫码下载|关注(我们|公众号|微信公众号|官方微信)|长按(识别|二维码|关注)|点击(这里|此处|查看|进入|下载|阅读原文)|阅读原文|立即(咨询|购买|报名|下载|注册)|在线咨询|免费咨询|免费试听|广告$|^广告|^推广";
    "image_prompt", Share, Strong, false, ["点击", "查看大图"], r"^点击(图片|大图|图像|小图)?\s*(可以?)?\s*(查看|放大|浏览|进入)|^(点击)?查看大图$";
    "photo_credit_edge", Metadata, Edge, false, ["摄", "图", "摄影"], r"(记者|摄影|摄|图|图片|供图)\s*[：:／/]?\s*[\p{Han}·]{2,8}\s*摄[）)]?$|^(图|图片|图片来源|摄影)\s*[：:／/]";
    "contact", Contact, Edge, false, ["电话", "手机", "热线", "联系", "客服", "传真", "邮箱", "mail", "qq", "微信", "@", "-", "－", "—"], r"(电话|手机|热线|联系方式|咨询电话|服务热线|客服|传真|邮箱|E-?mail|QQ|微信号?)\s*[：:]?\s*[\d+（(]|\d{3,4}[-－—]\d{7,8}|1[3-9]\d{9}|@[a-zA-Z0-9-]+\.[a-z]{2,}";
    "site_name_line", Banner, Edge, false, ["网", "站", "社区", "论坛", "平台", "之家", "在线", "报", "频道", "门户", "百科", "文库", "博客"], r"^[\p{Han}A-Za-z0-9·]{2,12}(网|站|社区|论坛|平台|之家|在线|日报|晚报|频道|门户|官网|百科|文库|博客)$";
    "latin_banner", Banner, Edge, false, [" "], r"^[A-Z][A-Za-z'&.,\-]+( [A-Za-z'&.,\-]+){1,8}$";
    "short_menu", Navigation, Edge, false, [" ", "\u{3000}"], r"^[\p{Han}A-Za-z]{1,4}([ \u{3000}]+[\p{Han}A-Za-z]{1,4}){3,4}$";
    "site_banner", Banner, Edge, false, ["http", "www.", ".com", ".cn", ".net", ".org", ".top", ".xyz", ".cc", ".info", "专注"], r"(?i)https?://|www\.|[a-z0-9-]+\.(com|cn|net|org|gov\.cn|edu\.cn|com\.cn|top|xyz|cc|info)\b|(网|站)\s*[—–-]{1,2}\s*专注|专注.{2,20}(范文|写作|服务)";
};

/// The compiled library: one regex per rule (each with the regex crate's own literal prefilter), and an
/// index of every rule's trigger literals by their first character, so that a line is scanned once,
/// character by character, and tried only against the rules whose triggers it holds.
///
/// The index replaced an Aho-Corasick DFA over the same literals: with some 250 mostly CJK literals
/// the DFA's transition table outgrows the L1 cache and every byte pays an L2 load (≈ 4.6 ns/byte on
/// this workload); a bitmap over the Basic Multilingual Plane (8 KB) answers "can a trigger start
/// here?" from L1, and only the few characters that can start one are looked up.
struct Library {
    regexes: Vec<Regex>,
    /// The longest text (in bytes) each rule's regex can match, when it is bounded: a rule anchored at
    /// both ends cannot match a longer line, so its regex is not run on one.
    max_len: Vec<Option<usize>>,
    triggers: Triggers,
}

/// Trigger literals indexed by first character (ASCII folded to lower case).
struct Triggers {
    /// Bit `c` is set when some trigger starts with the character `c` (BMP only; others go to `index`
    /// directly).
    starts: Vec<u64>,
    /// For each 64-bit word of `starts`, how many bits are set in the words before it: a BMP
    /// character's entry is found by rank (`rank` + the bits below it in its word), not by search.
    rank: Vec<u32>,
    /// `(first character, entry)`, sorted by character.
    index: Vec<(u32, Entry)>,
}

/// The triggers that start with one character.
#[derive(Default)]
struct Entry {
    /// Rules with a trigger that is this character alone.
    alone: u64,
    /// Longer triggers: the bytes after the first character and the rules they belong to.
    longer: Vec<(&'static str, u64)>,
}

impl Triggers {
    fn new(rules: &[Rule]) -> Triggers {
        let mut map: std::collections::BTreeMap<u32, Entry> = Default::default();
        for (i, r) in rules.iter().enumerate() {
            for &t in r.triggers {
                let Some(first) = t.chars().next() else { continue };
                let entry = map.entry(fold(first) as u32).or_default();
                let rest = &t[first.len_utf8()..];
                if rest.is_empty() {
                    entry.alone |= 1 << i;
                } else {
                    match entry.longer.iter_mut().find(|(l, _)| l.eq_ignore_ascii_case(rest)) {
                        Some((_, mask)) => *mask |= 1 << i,
                        None => entry.longer.push((rest, 1 << i)),
                    }
                }
            }
        }
        let mut starts = vec![0u64; 0x10000 / 64];
        for &c in map.keys() {
            if c < 0x10000 {
                starts[c as usize / 64] |= 1 << (c % 64);
            }
        }
        let mut rank = Vec::with_capacity(starts.len());
        let mut seen = 0;
        for w in &starts {
            rank.push(seen);
            seen += w.count_ones();
        }
        Triggers { starts, rank, index: map.into_iter().collect() }
    }

    /// The rules with a trigger somewhere in `text` (compared ASCII-case-insensitively).
    fn candidates(&self, text: &str) -> u64 {
        let mut out = 0;
        for (at, c) in text.char_indices() {
            let c = fold(c) as u32;
            let k = if c < 0x10000 {
                let word = self.starts[c as usize / 64];
                let bit = 1u64 << (c % 64);
                if word & bit == 0 {
                    continue;
                }
                // BMP characters sort before all others, so the rank is the index.
                (self.rank[c as usize / 64] + (word & (bit - 1)).count_ones()) as usize
            } else {
                let Ok(k) = self.index.binary_search_by_key(&c, |&(k, _)| k) else { continue };
                k
            };
            let entry = &self.index[k].1;
            out |= entry.alone;
            if !entry.longer.is_empty() {
                let rest = &text.as_bytes()[at + char::from_u32(c).map_or(1, char::len_utf8)..];
                for &(lit, mask) in &entry.longer {
                    if rest.len() >= lit.len() && rest[..lit.len()].eq_ignore_ascii_case(lit.as_bytes()) {
                        out |= mask;
                    }
                }
            }
        }
        out
    }
}

/// ASCII letters to lower case; other characters unchanged.
fn fold(c: char) -> char {
    c.to_ascii_lowercase()
}

static LIBRARY: LazyLock<Library> = LazyLock::new(|| {
    let regexes = RULES.iter().map(|r| Regex::new(r.pattern).expect("the pattern library compiles")).collect();
    let max_len = RULES
        .iter()
        .map(|r| {
            let hir = regex_syntax::parse(r.pattern).ok()?;
            let anchored = hir.properties().look_set_prefix().contains(regex_syntax::hir::Look::Start)
                && hir.properties().look_set_suffix().contains(regex_syntax::hir::Look::End);
            if anchored {
                hir.properties().maximum_len()
            } else {
                None
            }
        })
        .collect();
    Library { regexes, max_len, triggers: Triggers::new(RULES) }
});

/// Where a rule's hit was judged, for the `reason` of what it removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// `pattern ID`: the template decides on its own.
    Alone,
    /// `pattern ID outside the body core`.
    OutsideCore,
    /// `pattern ID on a line that is not running text`.
    NotRunningText,
    /// `pattern ID in a related-articles block`.
    RelatedBlock,
    /// `pattern ID right before the tail's clutter`.
    BeforeTail,
}

/// Every rule's reason in every context, written once: a removed line's reason borrows from here
/// instead of allocating a string per line.
static REASONS: LazyLock<Vec<[String; 5]>> = LazyLock::new(|| {
    RULES
        .iter()
        .chain(STRUCTURAL)
        .map(|r| {
            let id = r.id;
            [
                format!("pattern {id}"),
                format!("pattern {id} outside the body core"),
                format!("pattern {id} on a line that is not running text"),
                format!("pattern {id} in a related-articles block"),
                format!("pattern {id} right before the tail's clutter"),
            ]
        })
        .collect()
});

impl Rule {
    /// Whether this is the `related_header` rule (相关阅读, 精选图文 …), which opens a related-articles
    /// block (compared by address: it is asked of every line with a hit).
    pub fn is_related_header(&self) -> bool {
        std::ptr::eq(self, *RELATED_HEADER)
    }

    /// The reason given for a line this rule removes in `context`.
    pub fn reason(&'static self, context: Context) -> &'static str {
        // The rule's index from its address: both tables are static slices.
        let at = |table: &[Rule]| {
            let offset = (self as *const Rule as usize).wrapping_sub(table.as_ptr() as usize);
            (offset < std::mem::size_of_val(table)).then(|| offset / std::mem::size_of::<Rule>())
        };
        let k = at(RULES).or_else(|| at(STRUCTURAL).map(|k| RULES.len() + k)).unwrap_or(0);
        &REASONS[k][context as usize]
    }
}

/// The index of the `nav_menu` rule in [`RULES`].
static NAV_MENU: LazyLock<usize> =
    LazyLock::new(|| RULES.iter().position(|r| r.id == "nav_menu").expect("the nav_menu rule"));
static SHORT_MENU: LazyLock<usize> =
    LazyLock::new(|| RULES.iter().position(|r| r.id == "short_menu").expect("the short_menu rule"));

impl Rule {
    /// Whether this is the `markup_image` rule (a line of pictures), compared by address.
    pub fn is_markup_image(&self) -> bool {
        std::ptr::eq(self, &STRUCTURAL[3])
    }
}

static RELATED_HEADER: LazyLock<&'static Rule> =
    LazyLock::new(|| RULES.iter().find(|r| r.id == "related_header").expect("the related_header rule"));

/// The index of the contact rule in [`RULES`].
static CONTACT_INDEX: LazyLock<usize> =
    LazyLock::new(|| RULES.iter().position(|r| r.id == "contact").unwrap_or(usize::MAX));

static COPYRIGHT: LazyLock<usize> =
    LazyLock::new(|| RULES.iter().position(|r| r.id == "copyright").expect("the copyright rule"));
static COMMENT: LazyLock<usize> =
    LazyLock::new(|| RULES.iter().position(|r| r.id == "comment").expect("the comment rule"));

/// Whether a line is the author speaking to the reader in a sentence of their own: a first-person
/// disclaimer or an invitation to the comments (`以上都是个人的一些想法，随便聊聊，不构成任何投资建议。`,
/// `有问题欢迎在评论区问我，看到都会回～`). The gold of six writers keeps every such line (a 雪球 post, a
/// forum post, travel notes, a 小红书 post, a 头条 post); a site's disclaimer speaks for the site
/// (`本站所有内容仅供参考，不构成投资建议。`, `免责声明：以上律师回答仅代表律师个人观点…`,
/// `风险提示：本文所涉观点…`) and a widget is no sentence (`我要评论`).
fn author_voice(text: &str) -> bool {
    text.chars().count() >= 10
        && text.contains(['，', '。', '！', '～'])
        && ["个人", "我", "笔者", "自己"].iter().any(|w| text.contains(w))
        && !["本站", "本网", "平台", "免责声明", "风险提示", "本文所涉", "声明："].iter().any(|w| text.contains(w))
}

/// The first rule that matches `text`, if any.
pub fn find(text: &str) -> Option<&'static Rule> {
    let lib = &*LIBRARY;
    let mut candidates = lib.triggers.candidates(text);
    // A mobile number (1[3-9] and nine digits) has no trigger literal: look for a run of eleven digits.
    let contact = *CONTACT_INDEX;
    if contact < RULES.len() && has_digit_run(text.as_bytes(), 11) {
        candidates |= 1 << contact;
    }
    while candidates != 0 {
        let i = candidates.trailing_zeros() as usize;
        let fits = lib.max_len[i].is_none_or(|m| text.len() <= m);
        // A letter-spaced word and a row of TAB-separated cells (a table's header) are not menus, nor
        // is a row of words that repeats them (`结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 …`, the
        // header of a 政府信息公开年报's table over two groups of columns: two writers' reports): a menu
        // names each page once.
        let not_menu = || {
            is_letter_spaced(text)
                || opens_letter_spaced(text)
                || text.matches('\t').count() >= 2
                || super::boilerplate::wide_gaps(text) >= 2
                || repeats_a_word(text)
        };
        let menu = i == *NAV_MENU || i == *SHORT_MENU;
        let voiced = || (i == *COPYRIGHT || i == *COMMENT) && author_voice(text) || i == contact && own_hotline(text);
        if fits && lib.regexes[i].is_match(text) && !(menu && not_menu()) && !voiced() {
            return Some(&RULES[i]);
        }
        candidates &= candidates - 1;
    }
    None
}

/// Whether a line of words set apart by spaces names one of them twice (words of two ideographs or
/// more; a diagram's Latin labels, `SQL Engine SQL Engine SQL Engine`, are residue all the same).
fn repeats_a_word(text: &str) -> bool {
    let han = |w: &&str| w.chars().nth(1).is_some() && w.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    let mut words: Vec<&str> = text.split(|c: char| c.is_whitespace()).filter(han).collect();
    let n = words.len();
    words.sort_unstable();
    words.dedup();
    words.len() < n
}

/// Whether a line gives the number to call about the document's own matter (`咨询电话：0791-86250317`,
/// `政策咨询电话：0536-…（市就业服务中心）`, `技术咨询电话：…`): a 政策解读's or a 招聘公告's closing line,
/// not a site's contact block. The gold of four writers keeps all five such lines; a site's ad names
/// its hotline (`免费咨询热线：400-860-xxxx`), and the contact pattern still takes that.
fn own_hotline(text: &str) -> bool {
    let t = text.trim_start();
    ["咨询电话", "政策咨询电话", "业务咨询电话", "技术咨询电话"]
        .iter()
        .any(|w| t.strip_prefix(w).is_some_and(|rest| rest.starts_with(['：', ':'])))
}

/// Whether a line is a follow button (`关注`, `+关注`, `+ 关注`, `＋关注`, `关注作者`): the author
/// card's, read by the title stage (the card is never the title) and the metadata stage (its name is
/// the author).
pub fn is_follow_button(text: &str) -> bool {
    static FOLLOW: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[+＋]?\s*关注(?:作者|TA|他|她)?$").expect("follow button regex"));
    FOLLOW.is_match(text.trim())
}

/// Whether a line is one word written letter-spaced (`国 务 院 工 作 规 则`, `目　录`): every piece
/// between the spaces is a single character. A menu has words of two characters or more (`首页 新闻
/// 政务 服务`), so `nav_menu` never takes such a line: it is a title or a label set wide.
pub fn is_letter_spaced(text: &str) -> bool {
    let mut pieces = 0;
    for piece in text.split(|c: char| c.is_whitespace()).filter(|p| !p.is_empty()) {
        if piece.chars().nth(1).is_some() {
            return false;
        }
        pieces += 1;
    }
    pieces >= 2
}

/// Whether a line opens with a letter-spaced word of three characters or more (`法 官 助 理　　何某某`,
/// `审　判　长　　刘某某`): a signatory's role set wide, not the first items of a menu (a menu's items are
/// words).
pub fn opens_letter_spaced(text: &str) -> bool {
    let mut pieces = text.split(|c: char| c.is_whitespace()).filter(|p| !p.is_empty());
    pieces.by_ref().take(3).filter(|p| p.chars().nth(1).is_none()).count() == 3
}

/// Whether `b` holds a run of at least `n` ASCII digits (one pass, no window rescans).
fn has_digit_run(b: &[u8], n: usize) -> bool {
    let mut run = 0;
    for &x in b {
        run = if x.is_ascii_digit() { run + 1 } else { 0 };
        if run >= n {
            return true;
        }
    }
    false
}

/// Rules found by the shape of a line rather than by its words.
pub static STRUCTURAL: &[Rule] = rules! {
    "key_value_meta", Metadata, Strong, false, [], "";
    "key_value_line", Metadata, Edge, false, [], "";
    "byline_date", Metadata, Strong, false, [], "";
    "markup_image", Markup, Certain, false, [], "";
    "markup_separator", Markup, Certain, false, [], "";
    "profile_link", Metadata, Strong, false, [], "";
};

/// A line that is only a link to a writer's profile page (`[得意优](https://www.zhihu.com/people/…)`,
/// `[WhyWin](https://home.cnblogs.com/u/…)`): the page's byline.
static PROFILE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\[([^\]\[!]{2,24})\]\(https?://[^)\s]*/(?:people|org|u|author|user|users|member|space|home)/[^)\s]+\)$",
    )
    .expect("profile link regex")
});

/// A line of Markdown or HTML images and nothing else: `![](…)`, `![alt](data:image/png;base64,…)`,
/// a linked image `[![](…)](…)`, `<img src=…>`. The picture is not in the text.
static IMAGE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|<img\b[^>]*>)\s*)+$").expect("image line regex")
});
/// A separator drawn inside an HTML block tag: `<center>================================`,
/// `<p>-----</p>` (a clipper's residue; a bare Markdown rule `------` may be the document's own).
static SEPARATOR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^<(?:center|p|div|span|section)\b[^>]*>\s*[=\-_*~—－＝]{3,}\s*(?:</(?:center|p|div|span|section)>)?$",
    )
    .expect("separator line regex")
});

/// Lines that are markup and nothing else, whatever their length (a base64 image runs to kilobytes):
/// image lines (`markup_image`), separators inside HTML tags (`markup_separator`), and a link to a
/// writer's profile alone on its line (`profile_link`, read before the link is taken off).
pub fn find_markup_line(text: &str) -> Option<&'static Rule> {
    match text.as_bytes().first() {
        Some(b'!' | b'[' | b'<') => {}
        _ => return None,
    }
    if IMAGE_LINE.is_match(text) {
        return Some(&STRUCTURAL[3]);
    }
    if SEPARATOR_LINE.is_match(text) {
        return Some(&STRUCTURAL[4]);
    }
    PROFILE_LINE.is_match(text).then_some(&STRUCTURAL[5])
}

static MD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!?\[([^\]]*)\]\([^)]*\)").expect("markdown link regex"));

/// The text of a line with its inline Markdown taken off, for matching the pattern library: emphasis
/// around the whole line (`**\-END-**` → `-END-`) and bold inside it, backslash escapes of ASCII punctuation, and links
/// (`[作者：王明](https://…)` → `作者：王明`). Lines without those characters are returned as they are.
pub fn plain(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let b = text.as_bytes();
    if memchr::memchr3(b'*', b'\\', b'[', b).is_none() && !(text.starts_with("__") && text.ends_with("__")) {
        return Cow::Borrowed(text);
    }
    let mut t = text;
    for wrap in ["**", "__"] {
        if t.len() > 2 * wrap.len() && t.starts_with(wrap) && t.ends_with(wrap) {
            t = t[wrap.len()..t.len() - wrap.len()].trim();
        }
    }
    let mut out = String::with_capacity(t.len());
    // Bold inside the line is markup too (`阅读量 **3521** | 评论 **2**`).
    let unbolded;
    let t = if t.contains("**") {
        unbolded = t.replace("**", "");
        unbolded.as_str()
    } else {
        t
    };
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek().filter(|n| n.is_ascii_punctuation()) {
                out.push(n);
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    match MD_LINK.replace_all(&out, "$1") {
        Cow::Borrowed(_) if out == text => Cow::Borrowed(text),
        Cow::Borrowed(_) => Cow::Owned(out),
        Cow::Owned(o) => Cow::Owned(o),
    }
}

static LABEL_PAIR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[\s|｜·])[\p{Han}]{1,6}\s*[：:]\s*[^\s：:|｜]+").expect("label pair regex"));
static PAGE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"来源|作者|发布|发表|编辑|浏览|阅读|点击|投稿|收录|围观|提问者|回答者|原创|分类|栏目|评论")
        .expect("page label regex")
});
static DATE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}").expect("date token regex")
});

/// A metadata line recognised by its shape: label：value pairs (`发布时间：2024-04-02　来源：市教育局`),
/// or short tokens around a date (`原创 王小明 山野观察 2023-09-01 08:00`). Lines with sentence
/// punctuation are never metadata by shape. Pairs whose labels are page labels (来源, 作者, 发布,
/// 浏览 …) are strong evidence; other pairs (`时间：… 地点：…`) only count outside the body.
pub fn find_structural(text: &str) -> Option<&'static Rule> {
    find_structural_counted(text, text.chars().count(), true)
}

/// [`find_structural`] for a line whose character count is known, and which holds no sentence mark
/// at all when `marks` is false (both from its [`Features`](super::features::Features)).
pub fn find_structural_counted(text: &str, chars: usize, marks: bool) -> Option<&'static Rule> {
    if text.len() > 270 || chars > 90 {
        return None;
    }
    let b = text.as_bytes();
    let separator = memchr::memchr3(b':', b'-', b'/', b).is_some() || text.contains('：') || text.contains('年');
    if !separator || marks && text.contains(['，', '。', '；', '！', '？', ',']) {
        return None;
    }
    let pairs = LABEL_PAIR.find_iter(text).count();
    let date = DATE_TOKEN.is_match(text);
    if pairs + usize::from(date) >= 2 {
        // Pairs under other labels (时间：… 地点：…) are the document's own (a meeting's facts).
        return PAGE_LABEL.is_match(text).then_some(&STRUCTURAL[0]);
    }
    let tokens: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '·')).filter(|t| !t.is_empty()).collect();
    // (Pieces set apart by U+2028 are lines of a title block — `标题`, `——在…上的讲话`, `（2020年2月3日）`
    // — not the fields of a byline.)
    // (A table's header of periods holds two dates or more — `2023.12.31/  2022.12.31/  2021.12.31/`,
    // `类别 2024年9月5日前 2024年9月5日后` — and a table's caption dates its figures — `表2：可比公司估值
    // （截至 2024 年 6 月 11 日）`: the document's own lines, three writers' tables; a byline dates
    // its page once.)
    let caption = text.starts_with(['表', '图']) && text.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    if date
        && tokens.len() >= 3
        && tokens.iter().all(|t| t.chars().count() <= 12)
        && !text.contains('\u{2028}')
        && !caption
        && DATE_TOKEN.find_iter(text).nth(1).is_none()
    {
        return Some(&STRUCTURAL[2]);
    }
    None
}

/// A CommonMark thematic break: three or more `-`, `*` or `_`, nothing else but spaces (`------`,
/// `* * *`). The document's own rule between its parts, not widget residue.
pub fn is_thematic_break(text: &str) -> bool {
    let mut marks = text.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next().filter(|c| matches!(c, '-' | '*' | '_')) else { return false };
    let mut n = 1;
    for c in marks {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// A line that is only widget residue: a bare number, a bare timestamp, or only symbols.
pub fn is_residue(text: &str) -> bool {
    // A rule drawn in box-drawing characters, however long (`━━━━…`: the red line under a 公文's
    // masthead, copied from Word): layout, not text.
    if !text.is_empty() && text.chars().all(|c| ('\u{2500}'..='\u{257F}').contains(&c) || c.is_whitespace()) {
        return true;
    }
    // Residue holds no CJK ideographs (lead bytes E4–E9) and is short.
    if text.len() > 64 || text.bytes().any(|b| (0xE4..=0xE9).contains(&b)) {
        return false;
    }
    if text.starts_with("```") || text.starts_with("~~~") || (text.starts_with('|') && text.matches('|').count() >= 3) {
        return false; // Markdown code fences and table rows are the document's
    }
    if is_thematic_break(text) || (!text.is_empty() && text.chars().all(|c| matches!(c, '.' | '…' | '。'))) {
        return false; // a Markdown rule (`------`) or an ellipsis on its own line is the author's
    }
    if text.contains(['{', '}', '[', ']']) && text.chars().all(|c| "{}[](),;".contains(c) || c == ' ') {
        return false; // the brackets of a code block or a JSON sample alone on their lines (`{`, `  ],`)
    }
    static RESIDUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{1,9}|\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?|\d{1,2}:\d{2}(:\d{2})?|[\p{P}\p{S}\s]+)$")
            .expect("residue regex")
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
            ("861 浏览 3572字阅读11分54秒", "counter_reading"),
            ("1.3万 阅读", "counter_views"),
            ("30 人赞同了该文章", "counter_views"),
            ("1.2 万人赞同了该文章", "counter_views"),
            ("赞同 1.2 万", "counter_views"),
            ("微信扫码分享", "share_widget"),
            ("【字体：大 中 小】", "share_widget"),
            ("请扫描以查询验证条款", "share_widget"),
            ("扫描二维码查看电子说明书", "share_widget"),
            ("搜索股票/组合/用户/讨论", "search_login"),
            ("搜索药品/症状/品牌", "search_login"),
            ("上一篇：营销心理学", "nav_prev_next"),
            ("有利网安全性如何？是否还值得投资下一篇", "nav_prev_next"),
            ("首页 > 新闻 > 正文", "nav_breadcrumb"),
            ("版权所有：中国政府网　中文域名：中国政府网.政务", "copyright"),
            ("网站标识码bm01000001　京ICP备05070218号", "copyright"),
            ("精选图文", "related_header"),
            ("相关稿件", "related_header"),
            ("领取福利", "call_to_action"),
            ("主办单位：临湖区人民政府办公室　　承办单位：临湖区数据资源管理局", "copyright"),
            ("下载本文档　　VIP免费下载", "call_to_action"),
            ("登录后复制", "blog_widgets"),
            ("9 篇文章 2 订阅", "blog_widgets"),
            ("我也要咨询", "comment"),
            ("我来回答", "comment"),
            ("医生回答（2）", "comment"),
            ("沙发　装修老师傅　2024-05-06 10:35", "reply_floor"),
            ("回复　举报　点赞 12", "reply_widgets"),
            ("发表回复", "reply_widgets"),
            ("举报/反馈", "share_widget"),
            ("举报/投诉", "share_widget"),
            ("2024-04-13 10:27发布于江西旅游领域创作者", "byline_share"),
            ("点击图片查看尼康D80详细资料", "image_prompt"),
            ("点击图片可放大", "image_prompt"),
            ("查看大图", "image_prompt"),
            ("<!-- INFO END -->", "markup_comment"),
            ("索 引 号：\t000014349/2019-00005", "gov_header"),
            ("标\u{3000}\u{3000}题：\t国务院关于印发", "gov_header"),
            ("SUCAI198.COM —— 专注党建行政公文写作范文", "site_banner"),
            ("-END-", "end_marker"),
            ("Tags: 范文 讲话", "tags"),
            ("#租房 #租房避坑 #看房攻略", "hashtags"),
            ("#大理旅游攻略#  #洱海骑行#  #五一去哪儿#", "hashtags"),
            ("责任编辑：宋岩", "editor_line"),
            ("来源：新华社", "meta_label"),
            ("上传者：教学资源库　　上传时间：2024-02-20　　页数：4页", "meta_label"),
            ("文字丨吴兮越 李悦", "credit_line"),
            ("供稿 | 黄菁", "credit_line"),
            ("图片来源：网络", "photo_source"),
            ("投资有风险，入市需谨慎。本站所有内容仅供参考，不构成投资建议。", "copyright"),
            ("免责声明：以上律师回答仅代表律师个人观点，不代表法帮网立场，仅供参考。", "nav_site_links"),
            ("我要评论", "comment"),
            ("（图片来源：视觉中国）", "photo_source"),
            ("图源：新华社", "photo_source"),
            ("修改于2024-03-19 09:41", "byline_share"),
            ("来自Android客户端", "post_client"),
            ("IP属地：河南", "ip_location"),
            ("播报", "entry_widgets"),
            ("编辑", "entry_widgets"),
            ("来自 iPhone 14 Pro", "post_client"),
            ("2楼", "reply_floor"),
            ("编辑于 2023-11-02 18:20", "byline_share"),
        ];
        for (line, id) in [
            ("![](https://mediabluk.cnr.cn/img/cnr/a.jpg)", "markup_image"),
            ("![扫描分享](data:image/png;base64,iVBORw0KGgo)", "markup_image"),
            ("[![](a.png)](https://example.com) ![](b.png)", "markup_image"),
            ("<img class=\"pv\" src=\"https://example.com/badge\">", "markup_image"),
            ("<center>================================", "markup_separator"),
            ("<p>-----</p>", "markup_separator"),
            ("[得意优](https://www.zhihu.com/people/pi-li-pa-la-89-31)", "profile_link"),
        ] {
            assert_eq!(find_markup_line(line).map(|r| r.id), Some(id), "should match {line}");
        }
        for line in ["![](a.png) 图为会场", "------", "<center>会议现场</center>"] {
            assert_eq!(find_markup_line(line).map(|r| r.id), None, "should not match {line}");
        }
        for (line, want) in [
            ("**\\-END-**", "-END-"),
            ("[作者：王明](https://example.com/a)", "作者：王明"),
            ("供稿 | 黄菁", "供稿 | 黄菁"),
            ("**坚持党的领导 服务工作大局**", "坚持党的领导 服务工作大局"),
        ] {
            assert_eq!(plain(line), want, "should take the markup off {line}");
        }
        for (line, id) in cases {
            assert_eq!(find(line).map(|r| r.id), Some(*id), "should match {line}");
        }
    }

    #[test]
    fn should_leave_a_documents_own_hotline() {
        assert_eq!(find("咨询电话：0791-86250317").map(|r| r.id), None);
        assert_eq!(find("政策咨询电话：0536-3212345（市就业服务中心）").map(|r| r.id), None);
        assert!(find("免费咨询热线：400-860-1234").is_some(), "a site's ad");
        assert_eq!(find("联系电话：0791-86250317").map(|r| r.id), Some("contact"));
    }

    #[test]
    fn should_read_a_row_that_repeats_its_words_as_no_menu() {
        assert_eq!(find("新闻 政务 服务 互动 专题 数据").map(|r| r.id), Some("nav_menu"));
        let header = "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计";
        assert_eq!(find(header).map(|r| r.id), None, "a table's header over two groups of columns");
    }

    #[test]
    fn should_read_a_byline_of_short_fields_around_a_date() {
        for line in ["原创 王小明 山野观察 2023-09-01 08:00", "2024-06-08 07:42·老周谈三农"] {
            assert_eq!(find_structural(line).map(|r| r.id), Some("byline_date"), "should match {line}");
        }
        for line in [
            "2024-06-08 召开支部大会",
            "2024-06-08，全体党员参加·集中学习",
            "2023.12.31/       2022.12.31/       2021.12.31/",
            "类别 2024年9月5日前 2024年9月5日后",
            "表2：可比公司估值（截至 2024 年 6 月 11 日）",
        ] {
            assert_eq!(find_structural(line).map(|r| r.id), None, "should not match {line}");
        }
    }

    #[test]
    fn should_leave_body_text_alone() {
        for line in [
            "今年全国两会,习近平总书记三下团组,三次谈及新质生产力。",
            "第一、通盘谋划,注重顶层设计。",
            "国发〔2019〕4号",
            "点击图片后，页面会显示它的拍摄时间和地点。",
            "国 务 院 工 作 规 则",
            "沙发是客厅里最重要的家具，选购时要注意尺寸。",
            "序号\t改革举措\t主 要 内 容\t指导部门\t推广范围",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "## 一、总体要求",
            "#include <stdio.h>",
            "我要咨询的问题是：公司没交社保算工伤吗？",
            "专家回答了记者的提问。",
            "主办单位：共青团南川大学委员会",
            "修改于2024年的这份方案，比初稿多了三章。",
            "来自全国各地的客户端开发者齐聚一堂。",
            "我家住在12楼，电梯经常坏。",
            "其他结果",
            "平台显示的IP属地：北京只是一个参考。",
            "讨论",
            "编辑部",
            "图源于新华社记者的一组照片，拍摄于2020年。",
            "以上都是个人的一些想法，随便聊聊，不构成任何投资建议。",
            "有问题欢迎在评论区问我，看到都会回～",
        ] {
            assert_eq!(find(line).map(|r| r.id), None, "should not match {line}");
        }
    }

    #[test]
    fn should_find_the_same_candidates_as_a_naive_search() {
        // Every line of every fixture and eval document, plus ASCII case variants and edge positions.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = vec![
            "COPYRIGHT © 2024".into(),
            "Powered By WordPress".into(),
            "a+".into(),
            "A＋ A－".into(),
            "……上一".into(),
            "阅读原文".into(),
            "x".into(),
            String::new(),
        ];
        for dir in ["fixtures", "eval"] {
            let mut stack = vec![root.join(dir)];
            while let Some(d) = stack.pop() {
                for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.extension().is_some_and(|x| x == "txt") {
                        let t = std::fs::read_to_string(&p).unwrap_or_default();
                        texts.extend(t.lines().map(str::to_string));
                    }
                }
            }
        }
        assert!(texts.len() > 1000, "should have read the fixtures");
        let lib = &*LIBRARY;
        for t in &texts {
            let lower = t.to_ascii_lowercase();
            let mut want = 0u64;
            for (i, r) in RULES.iter().enumerate() {
                if r.triggers.iter().any(|tr| lower.contains(&tr.to_ascii_lowercase())) {
                    want |= 1 << i;
                }
            }
            assert_eq!(lib.triggers.candidates(t), want, "should find the same trigger rules in {t:?}");
        }
    }

    #[test]
    fn should_bound_only_rules_anchored_at_both_ends() {
        let lib = &*LIBRARY;
        let bound = |id: &str| lib.max_len[RULES.iter().position(|r| r.id == id).unwrap()];
        assert!(bound("site_name_line").is_some_and(|m| m >= "中国政府网站".len()), "should bound a ^…$ rule");
        assert_eq!(bound("counter_views"), None, "should not bound an unanchored rule");
        assert_eq!(bound("markup_comment"), None, "should not bound a rule with an unanchored branch");
        for (i, r) in RULES.iter().enumerate() {
            if let Some(m) = lib.max_len[i] {
                assert!(!r.pattern.contains(".*"), "should not bound {} (it has .*) to {m}", r.id);
            }
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
