"""The bilingual financial assistant: understands, answers, advises, and acts only after confirmation."""
