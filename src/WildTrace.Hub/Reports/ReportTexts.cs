using System.Collections.Frozen;
using Microsoft.Net.Http.Headers;

namespace WildTrace.Hub.Reports;

/// <summary>
/// The report pages in the languages of the coalition's spotter programmes (English, French, Spanish, Vietnamese,
/// Chinese, Indonesian). Picked by <c>?lang=</c>, else the browser's Accept-Language, else English. Written by the
/// project; native speakers should review them before a public launch.
/// </summary>
internal static class ReportTexts
{
    public static ReportText English { get; } = new("en",
        "Report a wildlife listing", "Seen an animal, or a part of one, for sale online? Tell us where. Trained analysts check every report and send confirmed listings to the platform.",
        "Listing URL", "Copy the address from your browser or the app's Share menu.", "Platform (optional)",
        "What did you see?", "Other or not sure", "What you saw (optional)", "Listing text (optional)",
        "Paste the listing's title and description if you can copy them.", "Language of the listing (optional)",
        "Screenshots (optional)", "PNG, JPEG or WebP, up to 5 MB each. We remove location and camera data before storing them.",
        "Your contact (optional)", "Only if you are happy for an analyst to ask you about this report.", "Send report",
        "The report could not be sent", "Your report", "Keep this page's address: it is the only way to follow your report.",
        "Received: waiting for an analyst.", "Confirmed: sent to the platform.", "Checked: not actionable.",
        "Removed by the platform.", "The platform found no policy breach.", "The listing was already gone.");

    private static readonly FrozenDictionary<string, ReportText> s_byCode = new ReportText[]
    {
        English,
        new("fr", "Signaler une annonce d'espèces sauvages", "Vous avez vu un animal, ou une partie d'animal, à vendre en ligne ? Dites-nous où. Des analystes formés vérifient chaque signalement et transmettent les annonces confirmées à la plateforme.",
            "Adresse de l'annonce", "Copiez l'adresse depuis votre navigateur ou le menu Partager de l'application.", "Plateforme (facultatif)",
            "Qu'avez-vous vu ?", "Autre ou incertain", "Ce que vous avez vu (facultatif)", "Texte de l'annonce (facultatif)",
            "Collez le titre et la description de l'annonce si vous pouvez les copier.", "Langue de l'annonce (facultatif)",
            "Captures d'écran (facultatif)", "PNG, JPEG ou WebP, 5 Mo maximum chacune. Nous supprimons la position et les données de l'appareil avant de les enregistrer.",
            "Votre contact (facultatif)", "Seulement si vous acceptez qu'un analyste vous pose des questions sur ce signalement.", "Envoyer le signalement",
            "Le signalement n'a pas pu être envoyé", "Votre signalement", "Gardez l'adresse de cette page : c'est le seul moyen de suivre votre signalement.",
            "Reçu : en attente d'un analyste.", "Confirmé : transmis à la plateforme.", "Vérifié : aucune action possible.",
            "Retiré par la plateforme.", "La plateforme n'a constaté aucune infraction.", "L'annonce avait déjà disparu."),
        new("es", "Denunciar un anuncio de fauna silvestre", "¿Ha visto un animal, o una parte de uno, a la venta en internet? Díganos dónde. Analistas capacitados revisan cada denuncia y envían los anuncios confirmados a la plataforma.",
            "Dirección del anuncio", "Copie la dirección del navegador o del menú Compartir de la aplicación.", "Plataforma (opcional)",
            "¿Qué vio?", "Otro o no estoy seguro", "Lo que vio (opcional)", "Texto del anuncio (opcional)",
            "Pegue el título y la descripción del anuncio si puede copiarlos.", "Idioma del anuncio (opcional)",
            "Capturas de pantalla (opcional)", "PNG, JPEG o WebP, hasta 5 MB cada una. Eliminamos la ubicación y los datos de la cámara antes de guardarlas.",
            "Su contacto (opcional)", "Solo si acepta que un analista le pregunte sobre esta denuncia.", "Enviar denuncia",
            "No se pudo enviar la denuncia", "Su denuncia", "Guarde la dirección de esta página: es la única forma de seguir su denuncia.",
            "Recibida: esperando a un analista.", "Confirmada: enviada a la plataforma.", "Revisada: no procede.",
            "Retirado por la plataforma.", "La plataforma no encontró ninguna infracción.", "El anuncio ya no existía."),
        new("vi", "Báo cáo tin đăng động vật hoang dã", "Bạn thấy động vật, hoặc bộ phận của động vật, được rao bán trên mạng? Hãy cho chúng tôi biết ở đâu. Chuyên viên đã qua đào tạo kiểm tra mọi báo cáo và gửi tin đăng đã xác nhận đến nền tảng.",
            "Địa chỉ tin đăng", "Sao chép địa chỉ từ trình duyệt hoặc mục Chia sẻ của ứng dụng.", "Nền tảng (không bắt buộc)",
            "Bạn đã thấy gì?", "Khác hoặc không chắc", "Mô tả điều bạn thấy (không bắt buộc)", "Nội dung tin đăng (không bắt buộc)",
            "Dán tiêu đề và mô tả của tin đăng nếu bạn sao chép được.", "Ngôn ngữ của tin đăng (không bắt buộc)",
            "Ảnh chụp màn hình (không bắt buộc)", "PNG, JPEG hoặc WebP, tối đa 5 MB mỗi ảnh. Chúng tôi xoá vị trí và dữ liệu máy ảnh trước khi lưu.",
            "Liên hệ của bạn (không bắt buộc)", "Chỉ khi bạn đồng ý để chuyên viên hỏi thêm về báo cáo này.", "Gửi báo cáo",
            "Không gửi được báo cáo", "Báo cáo của bạn", "Hãy lưu địa chỉ trang này: đây là cách duy nhất để theo dõi báo cáo của bạn.",
            "Đã nhận: đang chờ chuyên viên.", "Đã xác nhận: đã gửi đến nền tảng.", "Đã kiểm tra: không cần xử lý.",
            "Nền tảng đã gỡ tin đăng.", "Nền tảng không thấy vi phạm chính sách.", "Tin đăng đã bị gỡ từ trước."),
        new("zh", "举报野生动物售卖信息", "在网上看到出售动物或动物制品？请告诉我们在哪里。受过培训的分析人员会核查每一条举报，并把确认的信息转给平台。",
            "商品链接", "从浏览器地址栏或应用的“分享”菜单复制链接。", "平台（可选）",
            "您看到了什么？", "其他或不确定", "您看到的情况（可选）", "商品文字（可选）",
            "如果可以复制，请粘贴商品的标题和描述。", "商品信息的语言（可选）",
            "截图（可选）", "PNG、JPEG 或 WebP，每张不超过 5 MB。保存前我们会删除位置和相机信息。",
            "您的联系方式（可选）", "仅在您愿意让分析人员就此举报联系您时填写。", "提交举报",
            "举报未能提交", "您的举报", "请保存本页地址：这是查看举报进展的唯一方式。",
            "已收到：等待分析人员处理。", "已确认：已转给平台。", "已核查：无需处理。",
            "平台已删除该信息。", "平台认为该信息未违反政策。", "该信息此前已不存在。"),
        new("id", "Laporkan iklan satwa liar", "Melihat satwa, atau bagian tubuhnya, dijual secara daring? Beri tahu kami di mana. Analis terlatih memeriksa setiap laporan dan meneruskan iklan yang terkonfirmasi ke platform.",
            "Alamat iklan", "Salin alamat dari peramban atau menu Bagikan di aplikasi.", "Platform (opsional)",
            "Apa yang Anda lihat?", "Lainnya atau tidak yakin", "Yang Anda lihat (opsional)", "Teks iklan (opsional)",
            "Tempel judul dan deskripsi iklan jika Anda bisa menyalinnya.", "Bahasa iklan (opsional)",
            "Tangkapan layar (opsional)", "PNG, JPEG, atau WebP, maksimal 5 MB per berkas. Kami menghapus data lokasi dan kamera sebelum menyimpannya.",
            "Kontak Anda (opsional)", "Hanya jika Anda bersedia dihubungi analis tentang laporan ini.", "Kirim laporan",
            "Laporan tidak dapat dikirim", "Laporan Anda", "Simpan alamat halaman ini: hanya dengan itu Anda dapat mengikuti laporan Anda.",
            "Diterima: menunggu analis.", "Terkonfirmasi: diteruskan ke platform.", "Diperiksa: tidak dapat ditindaklanjuti.",
            "Dihapus oleh platform.", "Platform tidak menemukan pelanggaran kebijakan.", "Iklan sudah tidak ada."),
    }.ToFrozenDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Codes => s_byCode.Keys;

    /// <summary><paramref name="requested"/> when we have it, else the best Accept-Language match, else English.</summary>
    public static ReportText Pick(string? requested, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (requested is not null && s_byCode.TryGetValue(requested, out ReportText? chosen))
        {
            return chosen;
        }

        foreach (StringWithQualityHeaderValue language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            string tag = language.Value.ToString();
            string primary = tag.Split('-')[0];
            if (s_byCode.TryGetValue(primary, out chosen))
            {
                return chosen;
            }
        }

        return English;
    }
}
