package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestSitesFlattenedScripts cleans app/extract's pages in scripts the
// classifier does not read (Chinese, Japanese, Korean, Arabic, Russian)
// and the new pages of other shapes, flattened by testdata/sites/flatten.py
// (flat-*.txt). The classifier scores no line of the first kind (it tells
// prose by function words of English and eight languages in Latin letters)
// and left every menu, link and footer line of them; each check below
// failed before the fault it names was fixed.
func TestSitesFlattenedScripts(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// "Title_Site" split at "_"; the article is the run of prose.
			file: "flat-chinese-utf8.txt", title: "江城新建跨江大桥正式通车", publisher: "江城日报", date: "2026-09-28",
			kept: []string{"9月28日上午，江城第三座跨江大桥正式建成通车。", "现在方便多了。"},
			removed: []gone{
				{"首页 | 新闻 | 城市 | 财经 | 体育", ReasonNav},
				{"【相关阅读】江城地铁5号线年底试运行", boiler.ReasonOther},
				{"分享到：微信 微博 QQ空间", boiler.ReasonOther},
				{"江城国庆假期天气预报", boiler.ReasonOther},
			},
		},
		{
			// "Title｜Site" split at the full-width bar.
			file: "flat-japanese-news.txt", title: "北浜市、路面電車を30年ぶりに延伸へ 2029年開業目指す", publisher: "北浜新報",
			kept: []string{"北浜市は1日、市内を走る路面電車の路線を", "市は来年度から地元説明会を開く方針だ。"},
			removed: []gone{
				{"トップ > 地域 > 記事", ReasonNav},
				{"北浜駅前の再開発、来月着工", boiler.ReasonOther},
				{"この記事は会員限定です。", boiler.ReasonOther},
				{"アクセスランキング", boiler.ReasonOther},
			},
		},
		{
			file: "flat-korean-news.txt", title: "해안시, 폐교 건물을 청년 창업공간으로 바꾼다", publisher: "해안일보",
			kept: []string{"해안시가 학생 수 감소로 문을 닫은", "입주 신청은 다음 달 1일부터 시 누리집에서 받는다."},
			removed: []gone{
				{"본문 바로가기", ReasonNav},
				{"관련기사", boiler.ReasonOther},
				{"많이 본 뉴스", boiler.ReasonOther},
			},
		},
		{
			file: "flat-arabic-rtl.txt", title: "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في مدينة الواحة", publisher: "صحيفة الساحل",
			kept: []string{"افتتحت بلدية الواحة، صباح اليوم الأحد", "ومن المقرر أن تبدأ البلدية العام المقبل"},
			removed: []gone{
				{"الرئيسية", ReasonNav},
				{"الأكثر قراءة", boiler.ReasonOther},
				{"جميع الحقوق محفوظة", boiler.ReasonOther},
			},
		},
		{
			// Its last sentence, under a removed "Читайте также:", stays.
			file: "flat-cp1251-regional.txt", title: "В Заречье открыли новый мост через Волжанку", publisher: "Заречные вести",
			kept: []string{"Движение по новому мосту открыто в субботу", "Автобусный маршрут № 12 с понедельника"},
		},
		{
			// "Por" is "By"; "Atualizado há 2 horas" a date line's.
			file: "flat-portuguese-regional.txt", title: "Prefeitura de Santa Luzia do Norte inaugura primeira usina de compostagem da região", publisher: "Jornal do Agreste",
			kept: []string{"A Prefeitura de Santa Luzia do Norte inaugurou", "A obra custou R$ 2,8 milhões"},
			removed: []gone{
				{"Por Carla Menezes — Santa Luzia do Norte", ReasonMetadata},
				{"03/04/2026 16h20 · Atualizado há 2 horas", ReasonMetadata},
				{"LEIA TAMBÉM: Feira livre do centro ganha nova cobertura", ReasonRelated},
				{"Publicidade", ReasonAd},
			},
		},
		{
			// An opinion column's disclaimer, bio, call for letters and
			// "More Opinion" over its links.
			file: "flat-opinion-bio.txt", title: "Our small towns don’t need another study. They need a bus", publisher: "The Prairie Sentinel",
			kept: []string{"Every few years, someone in the provincial capital", "the next study will say the same as the last one."},
			removed: []gone{
				{"This column is an opinion piece.", ReasonMetadata},
				{"Want to respond to this column?", ReasonMetadata},
				{"More Opinion", ReasonRelated},
				{"Editorial: The rink deserves a real budget", ReasonRelated},
			},
		},
	})
}
