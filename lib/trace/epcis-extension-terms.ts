// The terms of the EPCIS export's extension namespace (epcis.ts), served as documentation at
// /ns/trace. A test checks that every cn: key the export writes is listed here.
export const EXTENSION_TERMS: [term: string, where: string, meaning: string][] = [
  ["place", "事件", "发生地点（自由文本；本县没有 GLN，不能放入 readPoint）"],
  ["actor", "事件", "经办单位或人员"],
  ["note", "事件", "备注"],
  ["inspectionResults", "检测事件（bizStep inspecting）", "检测结果列表；事件的 disposition 为 conformant（全部合格）或 non_conformant（有不合格项）"],
  ["item", "inspectionResults 的元素", "检测项目，如 农药残留"],
  ["result", "inspectionResults 的元素", "PASS 合格 / FAIL 不合格"],
  ["value", "inspectionResults 的元素", "检测值（自由文本，如 抑制率<50%）"],
  ["agency", "inspectionResults 的元素", "检测机构"],
  ["reportNo", "inspectionResults 的元素", "检测报告编号"],
  ["inspectedAt", "inspectionResults 的元素", "检测时间（ISO 8601）"],
  ["certificates", "赋码事件（commissioning）", "证书详情；证书本身的 URI 在标准字段 certificationInfo 中"],
  ["certificateType", "certificates 的元素", "COMMITMENT 承诺达标合格证、GREEN_FOOD 绿色食品等"],
  ["number", "certificates 的元素", "证书编号"],
  ["commitmentBasis", "certificates 的元素", "承诺依据：SELF_TEST 自检、COMMISSIONED_TEST 委托检测、QUALITY_CONTROL 内部质量控制"],
  ["issuer", "certificates 的元素", "发证单位"],
  ["issuedAt", "certificates 的元素", "发证日期"],
  ["validUntil", "certificates 的元素", "有效期至"],
  ["recallReason", "召回事件（disposition recalled）", "召回原因"],
];
