"""The meeting pack's PDF (pdf), its sections, parts, hotspot sheets and maps."""
